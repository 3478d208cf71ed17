package org.valueexchange.core.account;

import java.util.List;

/**
 * The sponsors of a relationship on both sides.
 *
 * @param vendor   the vendor's
 * @param customer the customer's
 */
public record Sponsors(List<Sponsor> vendor, List<Sponsor> customer) {

    public static final Sponsors NONE = new Sponsors(List.of(), List.of());

    public Sponsors {
        vendor = List.copyOf(vendor);
        customer = List.copyOf(customer);
    }

    /** Whether each side has at least one executive sponsor. */
    public boolean executivesOnBothSides() {
        return vendor.stream().anyMatch(Sponsor::executive) && customer.stream().anyMatch(Sponsor::executive);
    }
}
