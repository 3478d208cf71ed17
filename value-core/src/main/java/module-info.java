/**
 * The Value Exchange domain: what flowed between a vendor and a key account, how balanced
 * that is, how the customer values the vendor, which partnership tier that supports,
 * how prices compare across a segment, and how well the plan itself is kept: its people,
 * objectives and reviews. Pure functions over immutable values; no I/O.
 */
module org.valueexchange.core {
    exports org.valueexchange.core.account;
    exports org.valueexchange.core.alert;
    exports org.valueexchange.core.balance;
    exports org.valueexchange.core.discount;
    exports org.valueexchange.core.exchange;
    exports org.valueexchange.core.freshness;
    exports org.valueexchange.core.ledger;
    exports org.valueexchange.core.objective;
    exports org.valueexchange.core.orientation;
    exports org.valueexchange.core.parity;
    exports org.valueexchange.core.portfolio;
    exports org.valueexchange.core.stakeholder;
    exports org.valueexchange.core.tier;
}
