package dk.kantinekort.command.payment;

import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.RecordPaymentDeclined;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.api.webshop.CheckOutBasket;
import java.util.Set;

/**
 * The payment commands whose handlers call the payment provider and send commands of their own: they run outside
 * the command bus's batches (see GroupCommitCommandBus), so a slow provider never holds up a till.
 */
public final class PaymentOrchestration {

    public static final Set<Class<?>> COMMANDS = Set.of(StartDeposit.class, StartAutoTopUpSignup.class,
            ConfirmPayment.class, RecordPaymentDeclined.class, CheckOutBasket.class, StartEnrolment.class);

    private PaymentOrchestration() {
    }
}
