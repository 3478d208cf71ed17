package org.valueexchange.reports.plan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
        Location at = locate(pointer);
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
     * The locations in {@code root} that findings point at, by JSON Pointer: the plan's keys
     * ({@code /tier}), the keys of its sections ({@code /pricing/discount}) and the items of lists
     * in sections ({@code /pricing/requests/0}). The items of top-level lists (exchanges, reviews)
     * are found by their list, which keeps the map to a few dozen entries however long the ledger.
     */
    static PlanSource of(String path, String relativePath, YamlNode root) {
        Map<String, Location> locations = new java.util.HashMap<>();
        index(root, "", 0, locations);
        return new PlanSource(path, relativePath, locations);
    }

    private static void index(YamlNode node, String pointer, int depth, Map<String, Location> locations) {
        if (node instanceof YamlNode.MapNode map && depth < 2) {
            for (YamlNode.Entry entry : map.entries().values()) {
                String child = pointer + "/" + entry.key().replace("~", "~0").replace("/", "~1");
                locations.put(child, entry.keyLocation());
                index(entry.value(), child, depth + 1, locations);
            }
        } else if (node instanceof YamlNode.ListNode list && depth == 2) {
            for (int i = 0; i < list.items().size(); i++) {
                locations.put(pointer + "/" + i, list.items().get(i).location());
            }
        }
    }
}
