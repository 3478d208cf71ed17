package org.valueexchange.core.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.valueexchange.core.account.Account;
import org.valueexchange.core.account.DiscountRequest;
import org.valueexchange.core.account.RequestStatus;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Code;
import org.valueexchange.core.balance.Balance;
import org.valueexchange.core.balance.EquilibriumStatus;
import org.valueexchange.core.balance.PeriodBalance;
import org.valueexchange.core.balance.SustainedImbalance;
import org.valueexchange.core.discount.DiscountScenario;
import org.valueexchange.core.ledger.Totals;
import org.valueexchange.core.orientation.Quadrant;
import org.valueexchange.core.tier.TierAssessment;

/** The first pass: everything that can be said of an account on its own. A pure function. */
public final class AccountAnalysis {

    private AccountAnalysis() {
    }

    /**
     * @param asOf the day that findings depending on time are judged on; the plan itself is
     *             not cut at it (a review dated after it still counts)
     */
    public static AccountReview analyse(Account account, Settings settings, LocalDate asOf) {
        String currency = account.currency().getCurrencyCode();
        Totals totals = account.ledger().totals();
        Balance balance = Balance.of(totals, settings.band());
        List<PeriodBalance> periods = account.ledger().byPeriod(settings.period()).entrySet().stream()
                .map(e -> new PeriodBalance(e.getKey(), Balance.of(e.getValue(), settings.band())))
                .toList();
        Optional<SustainedImbalance> sustained = SustainedImbalance.detect(periods, settings.sustainedPeriods());
        Quadrant quadrant = account.orientation().quadrant(settings.threshold());
        TierAssessment tier = TierAssessment.assess(settings.tiers(), account.tier(), quadrant,
                account.sponsors().executivesOnBothSides());

        List<RequestScenario> requests = new ArrayList<>();
        List<DiscountRequest> all = account.pricing().requests();
        for (int i = 0; i < all.size(); i++) {
            DiscountRequest request = all.get(i);
            if (request.status() == RequestStatus.OPEN) {
                requests.add(new RequestScenario(i, request,
                        DiscountScenario.of(totals, request.discount(), settings.band())));
            }
        }

        List<Alert> alerts = new ArrayList<>();
        String id = account.id();
        if (!balance.index().hasEvidence()) {
            alerts.add(Alert.about(id, Code.NO_EVIDENCE, (account.ledger().exchanges().isEmpty()
                            ? "No exchanges are recorded" : "Nothing of value is recorded either way (every exchange is"
                            + " worth 0)") + ", so the balance cannot be judged.",
                    "Record what flowed both ways: what you delivered and what the customer gave back.",
                    Optional.of("/exchanges")));
        }
        if (sustained.isPresent()) {
            alerts.add(sustainedAlert(id, sustained.get(), periods, settings));
        } else if (balance.status().isImbalanced()) {
            alerts.add(Alert.about(id, Code.OUT_OF_EQUILIBRIUM,
                    "Over the whole ledger the balance index is " + balance.indexWords() + " ("
                            + balance.status().words() + "): received " + Figures.money(totals.received(), currency)
                            + ", gave " + Figures.money(totals.given(), currency) + ", tolerance "
                            + Figures.setting(settings.band().tolerance()) + ".",
                    balance.status() == EquilibriumStatus.VENDOR_OVERINVESTING
                            ? "Ask for value back (access, referrals, feedback) or scale back what you give."
                            : "Show the customer more value (insight, support, innovation) before renewal.",
                    Optional.of("/exchanges")));
        }
        for (RequestScenario r : requests) {
            if (r.scenario().breaksEquilibrium()) {
                alerts.add(discountAlert(id, r, currency, settings));
            }
        }
        if (tier.overTiered()) {
            alerts.add(Alert.about(id, Code.OVER_TIERED,
                    "Declared " + tier.declared().orElseThrow().id() + " but the evidence supports "
                            + tier.supported().map(t -> t.id()).orElse("no tier") + ": "
                            + String.join("; ", tier.unmet()) + ".",
                    "Either build the evidence (executive sponsors, a deeper relationship) or move the account to "
                            + tier.supported().map(t -> t.id()).orElse("a lower tier") + ".",
                    Optional.of("/tier")));
        }
        alerts.addAll(PlanRules.apply(account, settings, asOf, quadrant, sustained, periods));
        return new AccountReview(account, quadrant, totals, balance, periods, sustained, tier, requests, alerts,
                asOf);
    }

    private static Alert sustainedAlert(String id, SustainedImbalance sustained, List<PeriodBalance> periods,
                                        Settings settings) {
        String figures = sustainedFigures(sustained, periods);
        boolean vendor = sustained.side() == EquilibriumStatus.VENDOR_OVERINVESTING;
        return Alert.about(id, Code.SUSTAINED_IMBALANCE,
                (vendor ? "Vendor over-investing" : "Customer underserved") + " for the last "
                        + sustained.periods().size() + " " + settings.period().id() + "s (" + figures
                        + "; band ±" + Figures.setting(settings.band().tolerance()) + ")"
                        + (vendor ? ": a death spiral in the making." : ": a churn risk."),
                vendor
                        ? "Agree with the customer what it gives back (access, referrals, renewal commitment), "
                        + "or scale back what you give before you are forced to cut quality."
                        : "Deliver and show more value (insight, support, innovation) before the customer looks elsewhere.",
                Optional.of("/exchanges"));
    }

    /** The latest periods of a sustained imbalance with their balances, e.g. {@code 2026-Q1 B=-0.27, ...}. */
    static String sustainedFigures(SustainedImbalance sustained, List<PeriodBalance> periods) {
        return periods.subList(periods.size() - sustained.periods().size(), periods.size()).stream()
                .map(p -> p.period().label() + " B=" + p.balance().indexWords())
                .collect(Collectors.joining(", "));
    }

    private static Alert discountAlert(String id, RequestScenario r, String currency, Settings settings) {
        DiscountScenario s = r.scenario();
        String perKind = s.cutByKind().entrySet().stream()
                .map(e -> e.getKey().id() + " " + Figures.money(e.getValue(), currency))
                .collect(Collectors.joining(", "));
        return Alert.about(id, Code.DISCOUNT_BREAKS_EQUILIBRIUM,
                "An extra " + Figures.percent(s.discount()) + " discount requested by " + r.request().by() + " on "
                        + r.request().date() + " would move the balance from " + s.before().indexWords()
                        + " to " + s.after().indexWords() + ", below the band edge -"
                        + Figures.setting(settings.band().tolerance()) + ".",
                "Tell " + r.request().by() + " that to stay sustainable you would stop giving "
                        + Figures.money(s.cut(), currency) + " (" + Figures.percent(s.cutShare())
                        + " of what you give" + (perKind.isEmpty() ? "" : ": " + perKind)
                        + "), or ask for value in return.",
                Optional.of("/pricing/requests/" + r.index()));
    }
}
