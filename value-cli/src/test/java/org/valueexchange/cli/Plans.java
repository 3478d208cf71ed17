package org.valueexchange.cli;

/** Plans for the command tests, as their authors write them. */
final class Plans {

    /** In equilibrium, declared at a tier its evidence supports: no alert at all. */
    static final String BALANCED = """
            name: Acme Retail
            segment: retail
            orientation: {intellectual: 6, emotional: 4}
            tier: collaborative
            exchanges:
              - {date: 2026-01-10, to: customer, kind: product, amount: 100000}
              - {date: 2026-01-31, to: vendor, kind: revenue, amount: 110000}
            """;

    /** Declared collaborative, but transactional: one warning, over-tiered, at the 'tier' line (4). */
    static final String OVER_TIERED = """
            name: Umbrella
            segment: retail
            orientation: {intellectual: 2, emotional: 2}
            tier: collaborative
            exchanges:
              - {date: 2026-01-10, to: customer, kind: product, amount: 100000}
              - {date: 2026-01-31, to: vendor, kind: revenue, amount: 110000}
            """;

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
            """;

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
