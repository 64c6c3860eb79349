package dk.kantinekort.command.payment.checkout;

import dk.kantinekort.api.payment.PaymentCheckout;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.webshop.OrderCheckout;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

/**
 * Where the portal starts a payment process: each command starts one process ({@link DepositCheckout},
 * {@link WebshopCheckout}, {@link EnrolmentCheckout}), which records the citizen's intent, asks the provider for the
 * hosted page and records the payment it created; the portal gets the page's address back and redirects there.
 * These commands run outside the command bus's batches (PaymentOrchestration), as the provider's answer is awaited.
 */
@Component
class CheckoutEntry {

    private final DepositCheckout deposits;
    private final WebshopCheckout orders;
    private final EnrolmentCheckout enrolments;

    CheckoutEntry(DepositCheckout deposits, WebshopCheckout orders, EnrolmentCheckout enrolments) {
        this.deposits = deposits;
        this.orders = orders;
        this.enrolments = enrolments;
    }

    @CommandHandler
    PaymentCheckout handle(StartDeposit command) {
        return deposits.start(command);
    }

    @CommandHandler
    PaymentCheckout handle(StartAutoTopUpSignup command) {
        return deposits.start(command);
    }

    @CommandHandler
    OrderCheckout handle(CheckOutBasket command) {
        return orders.start(command);
    }

    @CommandHandler
    PaymentCheckout handle(StartEnrolment command) {
        return enrolments.start(command);
    }
}
