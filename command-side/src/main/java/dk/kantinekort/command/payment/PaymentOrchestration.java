package dk.kantinekort.command.payment;

import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.RecordPaymentDeclined;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.api.webshop.CheckOutBasket;
import java.util.Set;

/**
 * The commands that start a payment process the portal awaits (checkout.CheckoutEntry, reconciliation.ConfirmationEntry):
 * the process asks the payment provider and then records the outcome with commands of its own, so they run outside
 * the command bus's batches (see GroupCommitCommandBus), and a slow provider never holds up a till.
 */
public final class PaymentOrchestration {

    public static final Set<Class<?>> COMMANDS = Set.of(StartDeposit.class, StartAutoTopUpSignup.class,
            ConfirmPayment.class, RecordPaymentDeclined.class, CheckOutBasket.class, StartEnrolment.class);

    private PaymentOrchestration() {
    }
}
