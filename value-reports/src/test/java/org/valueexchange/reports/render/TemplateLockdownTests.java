package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.plan.LoadedPortfolio;

/**
 * What a user's template override can and cannot do. Templates are trusted code, but the
 * configuration still escapes by default whatever a template is called, reaches no Java
 * class, and never prints an error into a page.
 */
class TemplateLockdownTests {

    private final LoadedPortfolio loaded = Fixture.load();
    private final PortfolioReview review = loaded.portfolio().review(Fixture.AS_OF);

    @TempDir
    Path templates;

    private String render() throws RenderException {
        AccountReview haggler = review.accounts().stream().filter(a -> a.id().equals("haggler")).findFirst()
                .orElseThrow();
        return Renderer.create(Optional.of(templates)).accountHtml(review, haggler, loaded.source("haggler"));
    }

    @Test
    void anIncludedFtlFileEscapesAsHtmlToo() throws Exception {
        // .ftl names no output format; FreeMarker would not escape it if it went by the extension.
        Files.writeString(templates.resolve("layout.ftl"), "<#macro show value><b>${value}</b></#macro>");
        Files.writeString(templates.resolve("account.html"), "<#import \"layout.ftl\" as l><@l.show account.name/>");
        assertThat(render()).isEqualTo("<b>Haggle &amp; Sons &lt;b&gt;Ltd&lt;/b&gt; | #1</b>");
    }

    @Test
    void aTemplateCannotChangeTheOutputFormatSetting() throws Exception {
        Files.writeString(templates.resolve("account.html"), "<#setting output_format=\"plainText\">${account.name}");
        assertThatThrownBy(this::render).isInstanceOf(RenderException.class).hasMessageContaining("account.html");
    }

    @Test
    void noJavaClassIsReachable() throws Exception {
        for (String template : new String[] {
                "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
                "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/\")}",
                "${account?api.getClass()}",
                "${account.name?api.getClass().forName(\"java.lang.Runtime\")}",
                "${account.getClass()}",
                "${.data_model?keys?join(\",\")}${statics[\"java.lang.System\"].exit(1)}"}) {
            Files.writeString(templates.resolve("account.html"), template);
            assertThatThrownBy(this::render).as(template).isInstanceOf(RenderException.class)
                    .hasMessageContaining("account.html");
        }
    }

    @Test
    void anErrorFailsTheRenderAndNothingOfItReachesAPage() throws Exception {
        Files.writeString(templates.resolve("account.html"), "<p>before</p>${1 / 0}<p>after</p>");
        assertThatThrownBy(this::render).isInstanceOf(RenderException.class)
                .hasMessageContaining("template account.html failed at line 1");
    }
}
