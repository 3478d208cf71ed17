package org.valueexchange.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.PlanLoader;
import org.valueexchange.reports.render.Renderer;
import org.valueexchange.reports.site.SiteBuilder;

/**
 * Builds the example portfolio's site during the build; fails the build if the examples do not
 * load. The as-of date is an argument (the pom fixes it), so the site does not change with the
 * calendar.
 */
public final class BuildExampleSite {

    private BuildExampleSite() {
    }

    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args[0]);
        Path out = Path.of(args[1]);
        LocalDate asOf = LocalDate.parse(args[2]);
        LoadResult result = new PlanLoader().load(examples);
        if (!result.ok()) {
            throw new IllegalStateException("the examples do not load:\n"
                    + String.join("\n", result.problems().stream().map(Object::toString).toList()));
        }
        SiteBuilder.Result site = new SiteBuilder(Renderer.create(Optional.empty()))
                .build(result.loaded().orElseThrow(), asOf, out, Optional.of(examples));
        System.out.println("example site: " + site.accounts() + " accounts, " + site.files() + " files in " + site.output());
    }
}
