package org.valueexchange.cli;

/** Plans for the command tests, as their authors write them. */
final class Plans {

    /**
     * Appended to a plan, keeps it well kept as of {@link Cli#AS_OF}: reviewed a month before, a
     * champion in touch and a second customer thread. Plans ending with it raise no plan-keeping
     * finding, so that a test of another finding sees only that one.
     */
    static final String WELL_KEPT = """
            stakeholders:
              - {name: Dana Ruiz, influence: high, stance: champion, last_contact: 2026-11-01}
              - {name: Sam Chen, influence: medium, stance: supporter, reports_to: Dana Ruiz}
            reviews:
              - {date: 2026-10-24, kind: qbr, rating: 4}
            """;

    /** In equilibrium, declared at a tier its evidence supports: no alert at all. */
    static final String BALANCED = """
            name: Acme Retail
            segment: retail
            orientation: {intellectual: 6, emotional: 4}
            tier: collaborative
            exchanges:
              - {date: 2026-01-10, to: customer, kind: product, amount: 100000}
              - {date: 2026-01-31, to: vendor, kind: revenue, amount: 110000}
            """ + WELL_KEPT;

    /** Declared collaborative, but transactional: one warning, over-tiered, at the 'tier' line (4). */
    static final String OVER_TIERED = """
            name: Umbrella
            segment: retail
            orientation: {intellectual: 2, emotional: 2}
            tier: collaborative
            exchanges:
              - {date: 2026-01-10, to: customer, kind: product, amount: 100000}
              - {date: 2026-01-31, to: vendor, kind: revenue, amount: 110000}
            """ + WELL_KEPT;

    /** Three quarters of giving three times what comes back: a sustained imbalance, an error, at line 4. */
    static final String SPIRAL = """
            name: Globex
            segment: manufacturing
            orientation: {intellectual: 7, emotional: 3}
            exchanges:
              - {date: 2025-07-10, to: customer, kind: support, amount: 90000}
              - {date: 2025-07-20, to: vendor, kind: revenue, amount: 30000}
              - {date: 2025-10-10, to: customer, kind: support, amount: 90000}
              - {date: 2025-10-20, to: vendor, kind: revenue, amount: 30000}
              - {date: 2026-01-10, to: customer, kind: support, amount: 90000}
              - {date: 2026-01-20, to: vendor, kind: revenue, amount: 30000}
            """ + WELL_KEPT;

    /** From value-reports' invalid corpus, 01-yaml-syntax-unclosed-bracket: problem at 5:65. */
    static final String UNCLOSED_BRACKET = """
            name: Acme Retail
            segment: retail
            orientation: {intellectual: 6, emotional: 4}
            exchanges:
              - {date: 2026-01-10, to: customer, kind: product, amount: 1000
            """;

    /** From the invalid corpus, 04-unknown-key-misspelt: problem at 4:1. */
    static final String MISSPELT_KEY = """
            name: Acme Retail
            segment: retail
            orientation: {intellectual: 6, emotional: 4}
            exchanes:
              - {date: 2026-01-10, to: customer, kind: product, amount: 1000}
            """;

    /** From the invalid corpus, 23-currency-mismatch, with a value.yaml saying GBP: problem at 4:11. */
    static final String IN_EUR = """
            name: Acme Retail
            segment: retail
            orientation: {intellectual: 6, emotional: 4}
            currency: EUR
            """;

    private Plans() {
    }
}
