package dk.kantinekort.ui.citizen.subscription;

import dk.kantinekort.api.catalogue.PlanView;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.subscription.EnrolmentStatus;
import dk.kantinekort.api.subscription.EnrolmentView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One plan on the Abonnementer page for the selected account, with the enrolment that tells its state: the
 * active one if there is one (then "Frameld"), else the newest (then "Tilmeld"). A plan no longer offered is
 * still listed while the account is enrolled in it, so it can be ended.
 */
record PlanRow(String planId, String name, String description, Money price, SubscriptionPeriod period,
               List<String> placeIds, boolean offered, Optional<EnrolmentView> enrolment) {

    /** Frameld is offered: the account is enrolled and each period is charged. */
    boolean active() {
        return enrolment.filter(e -> e.status() == EnrolmentStatus.ACTIVE).isPresent();
    }

    /**
     * The rows for the plans offered and the account's enrolments (newest first); {@code endedHere} are the
     * enrolments this page ended, which the read side may not have seen yet.
     */
    static List<PlanRow> of(List<PlanView> plans, List<EnrolmentView> enrolments, Set<String> endedHere) {
        Map<String, EnrolmentView> shown = new LinkedHashMap<>();
        for (EnrolmentView e : enrolments) {
            EnrolmentView seen = endedHere.contains(e.enrolmentId()) && e.status() == EnrolmentStatus.ACTIVE
                    ? ended(e) : e;
            EnrolmentView before = shown.get(seen.planId());
            if (before == null || (before.status() != EnrolmentStatus.ACTIVE && seen.status() == EnrolmentStatus.ACTIVE)) {
                shown.put(seen.planId(), seen);
            }
        }
        List<PlanRow> rows = new ArrayList<>();
        for (PlanView plan : plans) {
            rows.add(new PlanRow(plan.planId(), plan.name(), plan.description(), plan.price(), plan.period(),
                    plan.placeIds() == null ? List.of() : plan.placeIds(), !plan.withdrawn(),
                    Optional.ofNullable(shown.remove(plan.planId()))));
        }
        for (EnrolmentView e : shown.values()) {
            if (e.status() == EnrolmentStatus.ACTIVE) {
                rows.add(new PlanRow(e.planId(), e.planName(), null, e.price(), e.period(), List.of(), false,
                        Optional.of(e)));
            }
        }
        return rows;
    }

    private static EnrolmentView ended(EnrolmentView e) {
        return new EnrolmentView(e.enrolmentId(), e.accountId(), e.planId(), e.planName(), e.price(), e.period(),
                EnrolmentStatus.ENDED, e.maskedPan(), e.paidUntil(), null, e.periodsPaid(), e.lastFailure(), e.fee());
    }
}
