package dk.kantinekort.command.payment.checkout;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.catalogue.PlanView;
import dk.kantinekort.api.catalogue.QuotePlan;
import dk.kantinekort.api.catalogue.QuoteProduct;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.subscription.EnrolmentCheckoutStarted;
import dk.kantinekort.api.subscription.RequestEnrolment;
import dk.kantinekort.api.webshop.BasketCheckedOut;
import dk.kantinekort.api.webshop.BasketItem;
import dk.kantinekort.api.webshop.ChargeWebshopOrder;
import dk.kantinekort.api.webshop.ConfirmCanteenCardPayment;
import dk.kantinekort.api.webshop.FailOrderPayment;
import dk.kantinekort.api.webshop.OrderLine;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.PlaceOrder;
import dk.kantinekort.command.payment.PaymentCommands;
import dk.kantinekort.command.payment.PaymentProcesses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The process managers of a webshop checkout (F15) and a Tilmeld (F14), step by step as commands (tracking processor
 * {@value PaymentProcesses#CHECKOUT_STEPS}, off the command bus's workers). Webshop: the products price the basket
 * (one line per delivery date), the order is placed, and the canteen card is charged at once (Betalt; or the account
 * refuses and the order is withdrawn by its {@code OrderPaymentFailed}); a payment-card order gets its hosted page
 * from {@link HostedPageProcess}. Tilmeld: the plan gives its terms and the enrolment is opened with the payment-card
 * fee rule in force; its hosted page follows the same way. A refusal on the way ends the checkout with
 * {@code CheckoutRefused} and its reason. After a redelivery, a step already taken is not taken again.
 */
@Component
@ProcessingGroup(PaymentProcesses.CHECKOUT_STEPS)
class CheckoutSteps {

    private final PaymentCommands ledger;
    private final CheckoutTerms terms;
    private final CheckoutProgressLookup progress;

    CheckoutSteps(PaymentCommands ledger, CheckoutTerms terms, CheckoutProgressLookup progress) {
        this.ledger = ledger;
        this.terms = terms;
        this.progress = progress;
    }

    @EventHandler
    void on(BasketCheckedOut event) {
        Optional<CheckoutProgressLookup.Row> row = progress.find(event.orderId());
        if (row.isEmpty() || row.get().stage() != CheckoutStage.PENDING) {
            return;
        }
        try {
            Money total = row.get().total();
            if (!row.get().placed()) {
                List<OrderLine> lines = price(event);
                total = lines.stream().map(OrderLine::amount).reduce(Money.ZERO, Money::plus);
                // a payment card pays the fee in force now on every delivery; the canteen card is no card transaction
                FeeRule cardFee = event.payment() == OrderPayment.PAYMENT_CARD ? terms.cardFee() : null;
                ledger.onBehalfOfSender(new PlaceOrder(event.orderId(), event.accountId(), event.placeId(), lines,
                        event.payment(), cardFee));
            }
            if (event.payment() == OrderPayment.CANTEEN_CARD) {
                payWithCanteenCard(event, total);
            }
        } catch (CommandExecutionException e) {
            refuse(event.orderId(), event.accountId(), e);
        }
    }

    @EventHandler
    void on(EnrolmentCheckoutStarted event) {
        Optional<CheckoutProgressLookup.Row> row = progress.find(event.enrolmentId());
        if (row.isEmpty() || row.get().stage() != CheckoutStage.PENDING || row.get().placed()) {
            return;
        }
        try {
            PlanView plan = ledger.asWebshop(new QuotePlan(event.planId()));
            ledger.onBehalfOfSender(new RequestEnrolment(event.enrolmentId(), event.accountId(), plan.planId(),
                    plan.name(), plan.price(), plan.period(), terms.cardFee()));
        } catch (CommandExecutionException e) {
            refuse(event.enrolmentId(), event.accountId(), e);
        }
    }

    private List<OrderLine> price(BasketCheckedOut event) {
        Set<String> products = new HashSet<>();
        List<OrderLine> lines = new ArrayList<>();
        for (BasketItem item : event.items()) {
            if (item == null || item.productId() == null || !products.add(item.productId())) {
                throw new RejectedException(INVALID_REQUEST, "Each product once in the basket");
            }
            List<OrderLine> quoted = ledger.asWebshop(new QuoteProduct(item.productId(), event.placeId(),
                    item.quantity()));
            lines.addAll(quoted);
        }
        return lines;
    }

    private void payWithCanteenCard(BasketCheckedOut event, Money total) {
        try {
            ledger.onBehalfOfSender(new ChargeWebshopOrder(event.accountId(), event.orderId(), event.placeId(), total));
        } catch (CommandExecutionException e) {
            Optional<PaymentDeclineReason> declined = RejectedException.rejectionOf(e).map(Rejection::code)
                    .flatMap(CheckoutSteps::declineReason);
            if (declined.isEmpty()) {
                throw e;
            }
            ledger.asWebshop(new FailOrderPayment(event.orderId(), declined.get()));
            return;
        }
        ledger.asWebshop(new ConfirmCanteenCardPayment(event.orderId()));
    }

    private static Optional<PaymentDeclineReason> declineReason(RejectionCode code) {
        return switch (code) {
            case ACCOUNT_BLOCKED -> Optional.of(PaymentDeclineReason.CANTEEN_CARD_BLOCKED);
            case INSUFFICIENT_FUNDS -> Optional.of(PaymentDeclineReason.INSUFFICIENT_FUNDS);
            default -> Optional.empty();
        };
    }

    /** A refusal ends the checkout with its reason; anything else is tried again (the processor's back-off). */
    private void refuse(String checkoutId, String accountId, CommandExecutionException failure) {
        RejectionCode code = RejectedException.rejectionOf(failure).map(Rejection::code).orElseThrow(() -> failure);
        ledger.fromProvider(new RecordCheckoutRefused(checkoutId, accountId, code));
    }
}
