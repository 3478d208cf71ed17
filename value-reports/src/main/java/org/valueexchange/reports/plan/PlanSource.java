package org.valueexchange.reports.plan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an account's plan came from, so that a finding can point at the line behind it.
 *
 * @param path      the file, as the user named it
 * @param locations JSON Pointer (e.g. {@code /pricing/requests/0}) to where that value is written
 */
public record PlanSource(String path, Map<String, Location> locations) {

    public PlanSource {
        Objects.requireNonNull(path, "path");
        locations = Map.copyOf(locations);
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

    /** The locations of every key and list item in {@code root}, by JSON Pointer. */
    static PlanSource of(String path, YamlNode root) {
        Map<String, Location> locations = new java.util.HashMap<>();
        index(root, "", locations);
        return new PlanSource(path, locations);
    }

    private static void index(YamlNode node, String pointer, Map<String, Location> locations) {
        if (node instanceof YamlNode.MapNode map) {
            for (YamlNode.Entry entry : map.entries().values()) {
                String child = pointer + "/" + entry.key().replace("~", "~0").replace("/", "~1");
                locations.put(child, entry.keyLocation());
                index(entry.value(), child, locations);
            }
        } else if (node instanceof YamlNode.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                String child = pointer + "/" + i;
                locations.put(child, list.items().get(i).location());
                index(list.items().get(i), child, locations);
            }
        }
    }
}
