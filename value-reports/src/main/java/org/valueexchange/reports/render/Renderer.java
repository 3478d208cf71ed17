package org.valueexchange.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.portfolio.PortfolioOverview;
import org.valueexchange.core.portfolio.PortfolioReview;
import org.valueexchange.reports.IoFailure;
import org.valueexchange.reports.plan.PlanSource;

/**
 * Renders account reviews (HTML and Markdown) and the portfolio's index pages through
 * FreeMarker templates: the built-in ones, or those of the same name in a folder the user
 * names. The same input always gives the same bytes. Thread-safe.
 */
public final class Renderer {

    /** The templates a user may override, by file name. */
    public static final List<String> TEMPLATES = List.of("account.html", "account.md", "index.html",
            "accounts.html", "layout.ftl", "charts.ftl", "style.css");

    private final Templates templates;
    private final Markdown markdown = new Markdown();
    private final Optional<Path> userTemplates;
    /** The index pages' rows of the last overview, shared by its seven pages and kept for the next. */
    private final Views.LastRows rows;

    private Renderer(Templates templates, Optional<Path> userTemplates) {
        this.templates = templates;
        this.userTemplates = userTemplates;
        this.rows = new Views.LastRows(userTemplates.isEmpty());
    }

    /** A renderer with the built-in templates, overridden by any of the same name in {@code userTemplates}. */
    public static Renderer create(Optional<Path> userTemplates) throws RenderException {
        if (userTemplates.isPresent() && !Files.isDirectory(userTemplates.get())) {
            throw new RenderException(Files.exists(userTemplates.get())
                    ? "templates " + userTemplates.get() + " is a file, not a folder of templates"
                    : "templates folder " + userTemplates.get() + " does not exist", null);
        }
        try {
            return new Renderer(new Templates(userTemplates), userTemplates);
        } catch (IOException e) {
            throw new RenderException("cannot read templates in " + userTemplates.orElseThrow() + ": " + IoFailure.describe(e), e);
        }
    }

    /** As {@link #accountHtml(PortfolioOverview, AccountReview, PlanSource)}, from a whole review. */
    public String accountHtml(PortfolioReview portfolio, AccountReview account, PlanSource source)
            throws RenderException {
        return accountHtml(portfolio.overview(), account, source);
    }

    /** As {@link #accountHtmlStandalone(PortfolioOverview, AccountReview, PlanSource)}, from a whole review. */
    public String accountHtmlStandalone(PortfolioReview portfolio, AccountReview account, PlanSource source)
            throws RenderException {
        return accountHtmlStandalone(portfolio.overview(), account, source);
    }

    /** As {@link #accountMarkdown(PortfolioOverview, AccountReview, PlanSource)}, from a whole review. */
    public String accountMarkdown(PortfolioReview portfolio, AccountReview account, PlanSource source)
            throws RenderException {
        return accountMarkdown(portfolio.overview(), account, source);
    }

    /** As {@link #indexPages(PortfolioOverview)}, from a whole review. */
    public Map<String, String> indexPages(PortfolioReview portfolio) throws RenderException {
        return indexPages(portfolio.overview());
    }

    /** An account's review as an HTML page of the site (linking to {@code ../index.html}). */
    public String accountHtml(PortfolioOverview portfolio, AccountReview account, PlanSource source)
            throws RenderException {
        return templates.render("account.html", Views.account(portfolio, account, source,
                notes -> html(markdown.toHtml(notes)), Optional.empty()));
    }

    /**
     * An account's review as a single HTML file that stands on its own: the stylesheet inlined,
     * no links into a site.
     */
    public String accountHtmlStandalone(PortfolioOverview portfolio, AccountReview account, PlanSource source)
            throws RenderException {
        return templates.render("account.html", Views.account(portfolio, account, source,
                notes -> html(markdown.toHtml(notes)), Optional.of(stylesheet())));
    }

    /** Safe HTML to include as is. */
    private static Object html(String markup) {
        return HtmlOutputFormat.markup(markup);
    }

    /**
     * An account's review as GitHub-flavoured Markdown; the review notes as Markdown written
     * afresh from what they say, made inert as on the site ({@link Markdown#toMarkdown}).
     */
    public String accountMarkdown(PortfolioOverview portfolio, AccountReview account, PlanSource source)
            throws RenderException {
        return templates.render("account.md", Views.account(portfolio, account, source,
                notes -> MarkdownOutputFormat.markup(markdown.toMarkdown(notes)), Optional.empty()));
    }

    /**
     * The pages of the account index: {@code index.html} and one page per other sort order; its
     * findings without the places they are written (there are no files at hand).
     */
    public Map<String, String> indexPages(PortfolioOverview portfolio) throws RenderException {
        return indexPages(portfolio, Locator.NOWHERE);
    }

    /**
     * The pages of the account index: {@code index.html} and one page per other sort order; its
     * findings with where {@code locator} finds them written.
     */
    public Map<String, String> indexPages(PortfolioOverview portfolio, Locator locator) throws RenderException {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (String name : indexPageNames()) {
            pages.put(name, indexPage(portfolio, name, locator));
        }
        return pages;
    }

    /**
     * The findings {@code index.html} lists of {@code portfolio}, the most severe first: the page
     * shows where each is written, and so changes when one of them moves in its file.
     */
    public List<Alert> indexFindings(PortfolioOverview portfolio) {
        return Views.mostSevere(portfolio.allAlerts(), Views.INDEX_ALERTS);
    }

    /** The file names of the index pages, {@code index.html} first. */
    public List<String> indexPageNames() {
        return java.util.Arrays.stream(Views.Sort.values()).map(Views.Sort::page).toList();
    }

    /** One of the {@link #indexPageNames() index pages}, its findings with where {@code locator} finds them. */
    public String indexPage(PortfolioOverview portfolio, String name, Locator locator) throws RenderException {
        for (Views.Sort sort : Views.Sort.values()) {
            if (sort.page().equals(name)) {
                boolean index = sort == Views.Sort.NAME;
                return templates.render(index ? "index.html" : "accounts.html",
                        Views.index(rows, portfolio, sort, index, locator));
            }
        }
        throw new IllegalArgumentException("no index page " + name + "; the pages are " + indexPageNames());
    }

    /** The site's stylesheet: the user's {@code style.css} if they gave one, else the built-in. */
    public String stylesheet() throws RenderException {
        try {
            if (userTemplates.isPresent() && Files.isRegularFile(userTemplates.get().resolve("style.css"))) {
                return Files.readString(userTemplates.get().resolve("style.css"));
            }
            try (InputStream in = Renderer.class.getResourceAsStream(Templates.BUILT_IN + "/style.css")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new RenderException("cannot read style.css: " + e.getMessage(), e);
        }
    }
}
