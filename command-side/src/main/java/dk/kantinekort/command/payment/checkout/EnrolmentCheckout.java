package dk.kantinekort.command.payment.checkout;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.catalogue.PlanView;
import dk.kantinekort.api.catalogue.QuotePlan;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentCheckout;
import dk.kantinekort.api.subscription.RecordEnrolmentCheckout;
import dk.kantinekort.api.subscription.RequestEnrolment;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.command.payment.PaymentCommands;
import dk.kantinekort.command.payment.PaymentTermsInForce;
import dk.kantinekort.command.payment.provider.Checkout;
import org.springframework.stereotype.Component;

/**
 * The process of Tilmeld (F14), step by step: the plan gives its terms, the enrolment is opened with the payment-card
 * fee rule in force (kept for every period), and the provider's hosted page saves the payment card; the first period
 * is charged when the card comes back. Started by {@link CheckoutEntry}.
 */
@Component
class EnrolmentCheckout {

    private final PaymentCommands ledger;
    private final HostedPages pages;
    private final PaymentTermsInForce terms;

    EnrolmentCheckout(PaymentCommands ledger, HostedPages pages, PaymentTermsInForce terms) {
        this.ledger = ledger;
        this.pages = pages;
        this.terms = terms;
    }

    PaymentCheckout start(StartEnrolment command) {
        if (command.enrolmentId() == null || command.planId() == null) {
            throw new RejectedException(INVALID_REQUEST, "An enrolment needs an id and a plan");
        }
        pages.requireLinks(command.links());
        PlanView plan = ledger.asWebshop(new QuotePlan(command.planId()));
        ledger.onBehalfOfSender(new RequestEnrolment(command.enrolmentId(), command.accountId(), plan.planId(),
                plan.name(), plan.price(), plan.period(), terms.current().feeRuleFor(DepositMethod.PAYMENT_CARD)));
        Checkout checkout = pages.saveCard(command.enrolmentId(), "Abonnement " + plan.name() + ": gem betalingskort",
                command.links(), command.receiptEmail());
        ledger.asWebshop(new RecordEnrolmentCheckout(command.enrolmentId(), checkout.paymentId()));
        return new PaymentCheckout(command.enrolmentId(), checkout.paymentId(), checkout.hostedPageUrl().toString(),
                Money.ZERO, Money.ZERO);
    }
}
