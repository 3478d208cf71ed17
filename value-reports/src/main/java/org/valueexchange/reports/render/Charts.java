package org.valueexchange.reports.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.valueexchange.core.balance.BalanceIndex;
import org.valueexchange.core.balance.EquilibriumStatus;
import org.valueexchange.core.balance.PeriodBalance;
import org.valueexchange.core.orientation.Scores;
import org.valueexchange.core.tier.TierOccupancy;

/**
 * The geometry of the SVG charts, computed here and drawn by the templates (charts.ftl), so
 * that every label passes through the templates' escaping. Coordinates are rounded to one
 * decimal place, which keeps the output small and byte-for-byte stable.
 */
final class Charts {

    static final int TREND_WIDTH = 640;
    static final int TREND_HEIGHT = 220;
    private static final int PAD_LEFT = 48;
    private static final int PAD_RIGHT = 40;
    private static final int PAD_Y = 20;

    static final int MATRIX_SIZE = 360;
    private static final int MATRIX_PAD = 40;

    private Charts() {
    }

    /** One marker per status, so that colour is never the only cue. */
    static String shape(EquilibriumStatus status) {
        return switch (status) {
            case IN_EQUILIBRIUM -> "circle";
            case CUSTOMER_UNDERSERVED -> "up";
            case VENDOR_OVERINVESTING -> "down";
            case NO_EVIDENCE -> "none";
        };
    }

    /** The balance index per period against the tolerance band. */
    static Map<String, Object> trend(List<PeriodBalance> periods, BigDecimal tolerance) {
        double plotHeight = TREND_HEIGHT - 2.0 * PAD_Y;
        double mid = PAD_Y + plotHeight / 2;
        double plotWidth = TREND_WIDTH - PAD_LEFT - PAD_RIGHT;
        double step = periods.size() > 1 ? plotWidth / (periods.size() - 1) : 0;
        List<Object> points = new ArrayList<>();
        List<Object> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            PeriodBalance p = periods.get(i);
            double x = PAD_LEFT + (periods.size() > 1 ? i * step : plotWidth / 2);
            BalanceIndex index = p.balance().index();
            if (index.value().isEmpty()) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                points.add(Views.map("x", fmt(x), "y", fmt(mid), "label", p.period().label(), "index", "n/a",
                        "status", p.status().words(), "shape", shape(p.status()), "statusId", p.status().id()));
                continue;
            }
            double y = mid - index.value().get().doubleValue() * plotHeight / 2;
            line.append(line.length() > 0 ? " " : "").append(fmt(x)).append(',').append(fmt(y));
            points.add(Views.map("x", fmt(x), "y", fmt(y), "label", p.period().label(),
                    "index", p.balance().indexWords(), "status", p.status().words(), "shape", shape(p.status()),
                    "statusId", p.status().id()));
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        double band = tolerance.doubleValue() * plotHeight / 2;
        return Views.map("width", TREND_WIDTH, "height", TREND_HEIGHT,
                "left", PAD_LEFT, "right", TREND_WIDTH - PAD_RIGHT,
                "top", PAD_Y, "bottom", fmt(PAD_Y + plotHeight), "mid", fmt(mid),
                "bandTop", fmt(mid - band), "bandHeight", fmt(2 * band), "tolerance", Figures.setting(tolerance),
                "lines", lines, "points", points, "labelEvery", Math.max(1, (periods.size() + 7) / 8));
    }

    /** A point of the orientation matrix. */
    record MatrixPoint(String label, String title, String href, Scores scores, String quadrant) {
    }

    /** The Customer Value Orientation Matrix with every account placed by its scores. */
    static Map<String, Object> matrix(List<MatrixPoint> accounts, BigDecimal threshold, boolean labelled) {
        double plot = MATRIX_SIZE - 2.0 * MATRIX_PAD;
        List<Object> points = new ArrayList<>();
        List<double[]> placed = new ArrayList<>();
        for (MatrixPoint a : accounts) {
            double x = MATRIX_PAD + a.scores().intellectual().doubleValue() / 10 * plot;
            double y = MATRIX_PAD + plot - a.scores().emotional().doubleValue() / 10 * plot;
            boolean left = x > MATRIX_PAD + plot * 0.75;
            double labelX = left ? x - 7 : x + 7;
            // Labels are drawn only on a labelled chart: placing 10,000 would cost for nothing.
            double labelY = labelled ? freeLine(placed, labelX, y, left) : y;
            points.add(Views.map("x", fmt(x), "y", fmt(y), "label", a.label(), "title", a.title(),
                    "href", a.href(), "quadrant", a.quadrant(),
                    "labelAnchor", left ? "end" : "start", "labelX", fmt(labelX), "labelY", fmt(labelY)));
        }
        double t = threshold.doubleValue() / 10 * plot;
        return Views.map("size", MATRIX_SIZE, "pad", MATRIX_PAD, "plot", fmt(plot), "end", fmt(MATRIX_PAD + plot),
                "thresholdX", fmt(MATRIX_PAD + t), "thresholdY", fmt(MATRIX_PAD + plot - t),
                "threshold", Figures.plain(threshold), "points", points, "labelled", labelled);
    }

    private static final double LABEL_HEIGHT = 11;
    private static final double LABEL_WIDTH = 70;

    /**
     * The first line at or below {@code y} where a label starting at {@code x} overlaps none of
     * those already placed; records it. Greedy, in the accounts' order, so always the same.
     */
    private static double freeLine(List<double[]> placed, double x, double y, boolean endAnchored) {
        double from = endAnchored ? x - LABEL_WIDTH : x;
        double labelY = y;
        for (int tries = 0; tries < 6; tries++) {
            double candidate = labelY;
            boolean clash = placed.stream().anyMatch(p -> Math.abs(p[1] - candidate) < LABEL_HEIGHT
                    && from < p[0] + LABEL_WIDTH && p[0] < from + LABEL_WIDTH);
            if (!clash) {
                break;
            }
            labelY += LABEL_HEIGHT;
        }
        placed.add(new double[] {from, labelY});
        return labelY;
    }

    /** Accounts per tier against each tier's capacity. */
    static Map<String, Object> tiers(List<TierOccupancy> tiers) {
        int max = 1;
        for (TierOccupancy t : tiers) {
            max = Math.max(max, Math.max(t.count(), t.tier().capacity().orElse(0)));
        }
        int barWidth = 360;
        int row = 34;
        List<Object> bars = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            TierOccupancy t = tiers.get(i);
            double unit = (double) barWidth / max;
            bars.add(Views.map("tier", t.tier().id(), "y", i * row + 8, "count", t.count(),
                    "width", fmt(t.count() * unit),
                    "keptWidth", fmt(Math.min(t.count(), t.tier().capacity().orElse(Integer.MAX_VALUE)) * unit),
                    "hasCapacity", t.tier().capacity().isPresent(),
                    "capacity", t.tier().capacity().isPresent() ? String.valueOf(t.tier().capacity().getAsInt()) : "",
                    "capacityX", fmt(t.tier().capacity().orElse(0) * unit),
                    "over", t.overCapacity()));
        }
        return Views.map("width", 140 + barWidth + 120, "height", tiers.size() * row + 16, "barX", 140,
                "barWidth", barWidth, "bars", bars);
    }

    static String fmt(double v) {
        double tenths = v * 10;
        double fraction = tenths - Math.floor(tenths);
        // Away from a tie (x.x5), rounding the double itself gives what rounding its decimal text
        // gives, without the BigDecimal: a chart has a hundred coordinates, a site many charts.
        if (Math.abs(tenths) < 1e12 && Math.abs(fraction - 0.5) > 1e-6) {
            long t = Math.round(tenths);
            if (t % 10 == 0) {
                return Long.toString(t / 10);
            }
            long abs = Math.abs(t);
            return (t < 0 ? "-" : "") + (abs / 10) + "." + (abs % 10);
        }
        return fmtExact(v);
    }

    /** {@code v} to one decimal place, rounded half-even as its decimal text reads, no trailing zero. */
    static String fmtExact(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
