package org.valueexchange.reports.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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

    /** One person still to place: below the row of their manager's box, {@code depth} steps in. */
    private record Pending(Stakeholder person, int depth, int parentRow) {
    }

    /**
     * The chart of {@code map}: roots in the plan's order, each person's reports below them.
     * Placed with a stack of its own rather than by recursion, so that a chain of managers as long
     * as a plan can hold is drawn, not a stack overflow; each person is visited once.
     */
    static Map<String, Object> of(StakeholderMap map) {
        Map<String, List<Stakeholder>> reports = new HashMap<>();
        for (Stakeholder s : map.people()) {
            s.reportsTo().ifPresent(manager -> reports.computeIfAbsent(manager, m -> new ArrayList<>()).add(s));
        }
        List<Object> people = new ArrayList<>();
        List<Object> links = new ArrayList<>();
        int row = 0;
        int deepest = 0;
        Deque<Pending> pending = new ArrayDeque<>();
        List<Stakeholder> roots = map.roots();
        for (int i = roots.size() - 1; i >= 0; i--) {
            pending.push(new Pending(roots.get(i), 0, -1));
        }
        while (!pending.isEmpty()) {
            Pending p = pending.pop();
            int at = row++;
            deepest = Math.max(deepest, p.depth());
            place(p.person(), p.depth(), p.parentRow(), at, people, links);
            List<Stakeholder> below = reports.getOrDefault(p.person().name(), List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                pending.push(new Pending(below.get(i), p.depth() + 1, at));
            }
        }
        int width = PAD * 2 + deepest * INDENT + BOX_WIDTH;
        int height = PAD * 2 + Math.max(1, row) * ROW - (ROW - BOX_HEIGHT);
        return Views.map("width", width, "height", height, "people", people, "links", links,
                "boxWidth", BOX_WIDTH, "boxHeight", BOX_HEIGHT);
    }

    private static void place(Stakeholder person, int depth, int parentRow, int at, List<Object> people,
                              List<Object> links) {
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
