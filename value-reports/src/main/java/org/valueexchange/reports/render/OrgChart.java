package org.valueexchange.reports.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.valueexchange.core.stakeholder.Influence;
import org.valueexchange.core.stakeholder.Side;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.StakeholderMap;
import org.valueexchange.core.stakeholder.Stance;

/**
 * The geometry of the stakeholder map: an org chart drawn as an indented tree, one person a
 * row, each under their manager with an elbow line from them. However many people and however
 * wide the organisation, the chart is only as wide as its deepest chain is long, so it scales
 * to a phone's width without becoming unreadable; it grows down, not across.
 */
final class OrgChart {

    static final int BOX_WIDTH = 300;
    static final int BOX_HEIGHT = 54;
    static final int ROW = 66;
    static final int INDENT = 28;
    static final int PAD = 8;
    /** The longest name or role drawn in a box; the full text is in the box's title. */
    static final int MAX_TEXT = 36;

    private OrgChart() {
    }

    /** The chart of {@code map}: roots in the plan's order, each person's reports below them. */
    static Map<String, Object> of(StakeholderMap map) {
        List<Object> people = new ArrayList<>();
        List<Object> links = new ArrayList<>();
        int[] row = {0};
        int[] deepest = {0};
        for (Stakeholder root : map.roots()) {
            place(map, root, 0, -1, row, deepest, people, links);
        }
        int width = PAD * 2 + deepest[0] * INDENT + BOX_WIDTH;
        int height = PAD * 2 + Math.max(1, row[0]) * ROW - (ROW - BOX_HEIGHT);
        return Views.map("width", width, "height", height, "people", people, "links", links,
                "boxWidth", BOX_WIDTH, "boxHeight", BOX_HEIGHT);
    }

    private static void place(StakeholderMap map, Stakeholder person, int depth, int parentRow, int[] row,
                              int[] deepest, List<Object> people, List<Object> links) {
        int at = row[0]++;
        deepest[0] = Math.max(deepest[0], depth);
        int x = PAD + depth * INDENT;
        int y = PAD + at * ROW;
        if (parentRow >= 0) {
            int fromX = PAD + (depth - 1) * INDENT + INDENT / 2;
            int fromY = PAD + parentRow * ROW + BOX_HEIGHT;
            links.add("M" + fromX + " " + fromY + "V" + (y + BOX_HEIGHT / 2) + "H" + x);
        }
        String detail = stanceWords(person.stance()) + " · " + person.influence().id() + " influence"
                + (person.side() == Side.VENDOR ? " · vendor" : "");
        people.add(Views.map("name", person.name(), "label", clip(person.name()), "role", clip(person.role()),
                "fullRole", person.role(), "detail", detail, "x", x, "y", y,
                "stance", person.stance().id(), "influence", person.influence().id(),
                "bars", bars(person.influence()), "vendor", person.side() == Side.VENDOR,
                "reportsTo", person.reportsTo().orElse(""),
                "markX", x + BOX_WIDTH - 22, "markY", y + 18, "barsX", x + BOX_WIDTH - 34, "barsY", y + BOX_HEIGHT - 8));
        for (Stakeholder report : map.reportsOf(person.name())) {
            place(map, report, depth + 1, at, row, deepest, people, links);
        }
    }

    /** How many of the three influence bars are filled. */
    private static int bars(Influence influence) {
        return influence.ordinal() + 1;
    }

    static String stanceWords(Stance stance) {
        return stance.id();
    }

    private static String clip(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
    }
}
