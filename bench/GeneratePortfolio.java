import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic portfolio of N account plans for benchmarks, deterministic for a seed:
 * {@code java bench/GeneratePortfolio.java N DIR [EXCHANGES] [SEED]}. No build needed (Java
 * runs a single source file). Each account has EXCHANGES exchanges (default 50) over eight
 * quarters, both directions, money and rate-card kinds, sponsors, a declared tier, a discount,
 * for some a procurement request, and a review with Markdown notes. DIR is replaced only if
 * it holds a portfolio this program wrote (a .generated file), never otherwise.
 */
public class GeneratePortfolio {

    private static final String[] SEGMENTS = {"automotive", "retail", "healthcare", "energy", "telecom",
        "public-sector"};
    private static final String[] GIVE = {"product", "support", "insight", "innovation", "training"};
    private static final String[] GET = {"revenue", "renewal"};
    private static final String[] UNITS = {"access", "referral", "feedback", "time"};
    private static final String[] TIERS = {"transactional", "preferred", "collaborative", "strategic"};

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/GeneratePortfolio.java N DIR [EXCHANGES] [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        int exchanges = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 42);
        if (Files.exists(out)) {
            if (!Files.exists(out.resolve(".generated"))) {
                System.err.println(out + " exists and was not written by this program; choose another folder");
                System.exit(2);
            }
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out.resolve("accounts"));
        Files.writeString(out.resolve(".generated"), "java bench/GeneratePortfolio.java " + String.join(" ", args) + "\n");
        Files.writeString(out.resolve("value.yaml"), """
                name: Synthetic portfolio
                currency: GBP
                period: quarter
                equilibrium: {tolerance: 0.20, sustained_periods: 3}
                orientation: {threshold: 5}
                parity: {tolerance: 0.05, min_accounts: 3}
                rate_card: {access: 5000, referral: 20000, feedback: 1000, time: 500}
                """);
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "acct-%05d", i);
            List<String> lines = new ArrayList<>(List.of(
                    "id: " + id,
                    "name: \"Account " + String.format(Locale.ROOT, "%05d", i) + " Holdings\"",
                    "segment: " + pick(random, SEGMENTS),
                    "owner: \"Owner " + random.nextInt(200) + "\"",
                    "currency: GBP",
                    "orientation:",
                    "  intellectual: " + random.nextInt(101) / 10.0,
                    "  emotional: " + random.nextInt(101) / 10.0,
                    "  evidence: [\"Evidence note " + random.nextInt(1000) + "\"]",
                    "tier: " + pick(random, TIERS),
                    "sponsors:",
                    "  vendor: [{name: Exec " + random.nextInt(50) + ", role: COO, executive: "
                            + (random.nextDouble() < 0.3) + "}]",
                    "  customer: [{name: Buyer " + random.nextInt(500) + ", role: VP Procurement, executive: "
                            + (random.nextDouble() < 0.3) + "}]",
                    "pricing:",
                    "  discount: " + random.nextInt(31) / 100.0));
            if (random.nextDouble() < 0.3) {
                lines.add("  requests:");
                lines.add(String.format(Locale.ROOT, "    - {date: 2026-10-%02d, by: procurement, discount: %s, status: open}",
                        1 + random.nextInt(28), (2 + random.nextInt(14)) / 100.0));
            }
            lines.add("exchanges:");
            for (int j = 0; j < exchanges; j++) {
                int year = 2025 + j % 8 / 4;
                int month = 1 + (j % 4) * 3 + random.nextInt(3);
                String date = String.format(Locale.ROOT, "%d-%02d-%02d", year, month, 1 + random.nextInt(28));
                double r = random.nextDouble();
                if (r < 0.45) {
                    lines.add("  - {date: " + date + ", to: customer, kind: " + pick(random, GIVE) + ", amount: "
                            + (1000 + random.nextInt(79000)) + ", note: \"Delivery " + j + "\"}");
                } else if (r < 0.8) {
                    lines.add("  - {date: " + date + ", to: vendor, kind: " + pick(random, GET) + ", amount: "
                            + (1000 + random.nextInt(119000)) + "}");
                } else {
                    lines.add("  - {date: " + date + ", to: vendor, kind: " + pick(random, UNITS) + ", units: "
                            + (1 + random.nextInt(4)) + ", note: \"Meeting " + j + "\"}");
                }
            }
            lines.addAll(List.of(
                    "reviews:",
                    "  - date: 2026-09-30",
                    "    notes: |",
                    "      **Quarterly review** for account " + i + ". Key risks:",
                    "",
                    "      - renewal due in " + (1 + random.nextInt(11)) + " months",
                    "      - open incidents: " + random.nextInt(10),
                    "",
                    "      See the [runbook](https://example.org/runbook)."));
            Files.write(out.resolve("accounts").resolve(id + ".yaml"), lines);
        }
        System.out.println(n + " accounts in " + out);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
