package dk.kantinekort.command.subscription;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.NOT_OFFERED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.catalogue.OfferPlan;
import dk.kantinekort.api.catalogue.PlanOffered;
import dk.kantinekort.api.catalogue.PlanRepriced;
import dk.kantinekort.api.catalogue.PlanView;
import dk.kantinekort.api.catalogue.PlanWithdrawn;
import dk.kantinekort.api.catalogue.QuotePlan;
import dk.kantinekort.api.catalogue.RepricePlan;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.catalogue.WithdrawPlan;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A subscription plan (F14): name, description, price per period, and the places that offer it. */
@Aggregate
public class SubscriptionPlan {

    @AggregateIdentifier
    private String planId;
    private String name;
    private String description;
    private Money price;
    private SubscriptionPeriod period;
    private List<String> placeIds;
    private boolean withdrawn;

    protected SubscriptionPlan() {
        // for Axon
    }

    @CommandHandler
    public SubscriptionPlan(OfferPlan command) {
        if (command.name() == null || command.name().isBlank() || command.period() == null
                || command.placeIds() == null || command.placeIds().isEmpty()) {
            throw new RejectedException(INVALID_REQUEST, "A plan needs a name, a period and places");
        }
        requirePrice(command.price());
        apply(new PlanOffered(command.planId(), command.name().strip(),
                command.description() == null ? "" : command.description().strip(), command.price(), command.period(),
                command.placeIds().stream().distinct().toList()));
    }

    @CommandHandler
    void handle(RepricePlan command) {
        requirePrice(command.price());
        if (!command.price().equals(price)) {
            apply(new PlanRepriced(planId, command.price()));
        }
    }

    @CommandHandler
    void handle(WithdrawPlan command) {
        if (!withdrawn) {
            apply(new PlanWithdrawn(planId));
        }
    }

    /** The terms an enrolment starts with. */
    @CommandHandler
    PlanView handle(QuotePlan command) {
        if (withdrawn) {
            throw new RejectedException(NOT_OFFERED, "The plan " + name + " takes no enrolments");
        }
        return new PlanView(planId, name, description, price, period, placeIds, false);
    }

    private static void requirePrice(Money price) {
        if (price == null || !price.isPositive() || price.isGreaterThan(Limits.MAX_DEPOSIT)) {
            throw new RejectedException(INVALID_REQUEST, "A price is between 0,01 and " + Limits.MAX_DEPOSIT);
        }
    }

    @EventSourcingHandler
    void on(PlanOffered event) {
        planId = event.planId();
        name = event.name();
        description = event.description();
        price = event.price();
        period = event.period();
        placeIds = List.copyOf(event.placeIds());
    }

    @EventSourcingHandler
    void on(PlanRepriced event) {
        price = event.price();
    }

    @EventSourcingHandler
    void on(PlanWithdrawn event) {
        withdrawn = true;
    }
}
