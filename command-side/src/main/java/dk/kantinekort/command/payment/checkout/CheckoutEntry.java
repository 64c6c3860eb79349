package dk.kantinekort.command.payment.checkout;

import static dk.kantinekort.api.error.RejectionCode.IDEMPOTENCY_KEY_REUSED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.payment.CheckoutRefused;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.subscription.EnrolmentCheckoutStarted;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.api.webshop.BasketCheckedOut;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.webshop.OrderPayment;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;

/**
 * Where the portal starts a webshop checkout or a Tilmeld: several aggregates decide these (the products or the
 * plan price them, the order or enrolment is opened, the account pays), so the command only checks what it carries
 * and records the citizen's intent ({@link BasketCheckedOut}, {@link EnrolmentCheckoutStarted}) in its own
 * transaction, answering nothing; {@link CheckoutSteps} takes it from there. It never waits for another command or
 * the provider. Deposits and top-up agreements go straight to the account, which decides them alone.
 */
@Component
class CheckoutEntry {

    private final EventBus events;
    private final CheckoutTerms terms;
    private final CheckoutProgressLookup progress;

    CheckoutEntry(EventBus events, CheckoutTerms terms, CheckoutProgressLookup progress) {
        this.events = events;
        this.terms = terms;
        this.progress = progress;
    }

    @CommandHandler
    void handle(CheckOutBasket command) {
        if (command.items() == null || command.items().isEmpty() || command.payment() == null
                || command.placeId() == null || command.orderId() == null) {
            throw new RejectedException(INVALID_REQUEST, "A checkout needs an order id, a place, items and a payment");
        }
        PaymentPageLinks links = command.payment() == OrderPayment.PAYMENT_CARD ? terms.links(command.links()) : null;
        requireNew(command.orderId());
        publish(new BasketCheckedOut(command.orderId(), command.accountId(), command.placeId(),
                List.copyOf(command.items()), command.payment(), links));
    }

    @CommandHandler
    void handle(StartEnrolment command) {
        if (command.enrolmentId() == null || command.planId() == null) {
            throw new RejectedException(INVALID_REQUEST, "An enrolment needs an id and a plan");
        }
        PaymentPageLinks links = terms.links(command.links());
        requireNew(command.enrolmentId());
        publish(new EnrolmentCheckoutStarted(command.enrolmentId(), command.accountId(), command.planId(), links));
    }

    /** Sent by the checkout processes only (the payments context's own actor). */
    @CommandHandler
    void handle(RecordCheckoutRefused command) {
        publish(new CheckoutRefused(command.checkoutId(), command.accountId(), command.reason()));
    }

    private void requireNew(String checkoutId) {
        if (progress.find(checkoutId).isPresent()) {
            throw new RejectedException(IDEMPOTENCY_KEY_REUSED, "The checkout id is taken");
        }
    }

    /** Staged in the command's unit of work: stored with the batch, or not at all. */
    private void publish(Object event) {
        events.publish(GenericEventMessage.asEventMessage(event));
    }
}
