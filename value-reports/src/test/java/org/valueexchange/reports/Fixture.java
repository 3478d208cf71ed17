package org.valueexchange.reports;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.valueexchange.reports.plan.LoadResult;
import org.valueexchange.reports.plan.LoadedPortfolio;
import org.valueexchange.reports.plan.PlanLoader;

/** The shared fixture portfolio under src/test/resources/fixture-portfolio that the rendering tests check. */
public final class Fixture {

    /** The day every test reviews as of, so that no test changes with the calendar. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private Fixture() {
    }

    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            "&#(\\d+);|&(middot|mdash|rsaquo|rarr|plusmn|minus|check);");
    private static final Map<String, String> NAMED = Map.of("middot", "\u00b7", "mdash", "\u2014", "rsaquo", "\u203a",
            "rarr", "\u2192", "plusmn", "\u00b1", "minus", "\u2212", "check", "\u2713");

    /**
     * {@code html} with the references pages write for characters beyond ASCII turned back into the
     * characters, as a browser shows them, for tests that look for text; the references for
     * {@code < > & " '} stay as they are.
     */
    public static String readable(String html) {
        return REFERENCE.matcher(html).replaceAll(m -> {
            if (m.group(1) == null) {
                return NAMED.get(m.group(2));
            }
            int codePoint = Integer.parseInt(m.group(1));
            return codePoint < 0x80 ? m.group() : java.util.regex.Matcher.quoteReplacement(Character.toString(codePoint));
        });
    }

    public static Path dir() {
        try {
            return Path.of(Fixture.class.getResource("/fixture-portfolio").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LoadedPortfolio load() {
        LoadResult result = new PlanLoader().load(dir());
        if (!result.ok()) {
            throw new IllegalStateException("fixture does not load: " + result.problems());
        }
        return result.loaded().orElseThrow();
    }

    /** A copy of the fixture in {@code to}, for a test that edits plans. */
    public static Path copyTo(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(dir())) {
            for (Path f : files.toList()) {
                Path target = to.resolve(dir().relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    /** Every file below {@code dir}, by its path relative to it, with its bytes. */
    public static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
