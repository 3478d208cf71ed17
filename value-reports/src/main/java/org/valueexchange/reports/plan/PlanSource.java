package org.valueexchange.reports.plan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.valueexchange.core.alert.Alert;

/**
 * Where an account's plan came from, so that a finding can point at the line behind it.
 *
 * @param path         the file, as the user named it (for messages)
 * @param relativePath the file relative to the plans folder, with '/' (for pages: the same
 *                     however the folder was named on the command line)
 * @param locations    JSON Pointer (e.g. {@code /pricing/requests/0}) to where that value is written
 */
public record PlanSource(String path, String relativePath, Map<String, Location> locations) {

    public PlanSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        locations = Map.copyOf(locations);
    }

    /** {@code relativePath:line:column} of {@code pointer}, as {@link #locate} finds it. */
    public String relativeLocation(Optional<String> pointer) {
        return relative(locate(pointer));
    }

    /** {@code relativePath:line:column} of {@code pointer} itself, if this file writes it. */
    public Optional<String> relativeLocationOf(String pointer) {
        return at(pointer).map(this::relative);
    }

    private String relative(Location at) {
        return relativePath + ":" + at.line() + ":" + at.column();
    }

    /** Where {@code pointer} is written, or its nearest enclosing value; the file's start if none. */
    public Location locate(Optional<String> pointer) {
        String p = pointer.orElse("");
        while (!p.isEmpty()) {
            Location location = locations.get(p);
            if (location != null) {
                return location;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return Location.startOf(path);
    }

    /**
     * {@code alert}'s message with the line of each value of this plan it quotes, e.g.
     * {@code "last review 2026-03-31 (line 88) is ..."}.
     */
    public String message(Alert alert) {
        return alert.message(this::lineOf);
    }

    /** Where {@code pointer} itself is written, if it is. */
    public Optional<Location> at(String pointer) {
        return Optional.ofNullable(locations.get(pointer));
    }

    /** The line {@code pointer} is written on, if this plan says. */
    public OptionalInt lineOf(String pointer) {
        Location at = locations.get(pointer);
        return at == null ? OptionalInt.empty() : OptionalInt.of(at.line());
    }

    /**
     * The locations in {@code root} that findings point at or quote, by JSON Pointer: every key
     * and list item ({@code /tier}, {@code /pricing/requests/0}, {@code /stakeholders/2/last_contact},
     * {@code /objectives/0/actions/1/due}), but not the items of {@code /exchanges}, which are
     * found by their list: that keeps the map small however long the ledger.
     */
    static PlanSource of(String path, String relativePath, YamlNode root) {
        Map<String, Location> locations = new java.util.HashMap<>();
        index(root, "", locations);
        return new PlanSource(path, relativePath, locations);
    }

    private static void index(YamlNode node, String pointer, Map<String, Location> locations) {
        if (node instanceof YamlNode.MapNode map) {
            for (YamlNode.Entry entry : map.entries().values()) {
                String child = pointer + "/" + entry.key().replace("~", "~0").replace("/", "~1");
                locations.put(child, entry.keyLocation());
                index(entry.value(), child, locations);
            }
        } else if (node instanceof YamlNode.ListNode list && !pointer.equals("/exchanges")) {
            for (int i = 0; i < list.items().size(); i++) {
                locations.put(pointer + "/" + i, list.items().get(i).location());
                index(list.items().get(i), pointer + "/" + i, locations);
            }
        }
    }
}
