package dk.kantinekort.ui.citizen.payment;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.payment.AutoTopUpView;
import dk.kantinekort.api.payment.CheckoutProgress;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.FindCheckoutProgress;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.FindAutoTopUp;
import dk.kantinekort.api.payment.FindDeposit;
import dk.kantinekort.api.payment.FindPaymentTerms;
import dk.kantinekort.api.payment.FindPayout;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.api.payment.PayoutView;
import dk.kantinekort.ui.shell.Answers;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What the payment pages read: the payment terms, a deposit, the automatic top-up, the latest payout and the
 * citizen's e-mail. Callers pass only account ids they checked with
 * {@link dk.kantinekort.ui.citizen.session.AccountSelection#accessible(String)}. Every method throws
 * {@link IllegalStateException} when the other side does not answer.
 */
@Component
public class PaymentQueries {

    /** The command side answers a checkout's progress within ~8 s (canteen.payments.checkout-patience). */
    static final Duration CHECKOUT_PATIENCE = Duration.ofSeconds(12);

    private final QueryGateway queryGateway;

    public PaymentQueries(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Deposit bounds, fees per method, the top-up threshold; never empty (the command side always answers). */
    public PaymentTerms terms() {
        PaymentTerms terms = await(queryGateway.query(new FindPaymentTerms(),
                ResponseTypes.instanceOf(PaymentTerms.class)));
        if (terms == null) {
            throw new IllegalStateException("No payment terms");
        }
        return terms;
    }

    /**
     * The fee of a payment-card transaction now: what a webshop order or an enrolment made now keeps for each
     * delivery or period it charges to the card.
     */
    public FeeRule cardFeeRule() {
        return terms().feeRuleFor(DepositMethod.PAYMENT_CARD);
    }

    public Optional<DepositView> deposit(String accountId, String depositId) {
        return Optional.ofNullable(await(queryGateway.query(new FindDeposit(accountId, depositId),
                ResponseTypes.instanceOf(DepositView.class))));
    }

    public Optional<AutoTopUpView> autoTopUp(String accountId) {
        return Optional.ofNullable(await(queryGateway.query(new FindAutoTopUp(accountId),
                ResponseTypes.instanceOf(AutoTopUpView.class))));
    }

    public Optional<PayoutView> payout(String accountId) {
        return Optional.ofNullable(await(queryGateway.query(new FindPayout(accountId),
                ResponseTypes.instanceOf(PayoutView.class))));
    }

    /** The e-mail in the person's Brugeroplysninger, if any. */
    public Optional<String> email(String citizenId) {
        CitizenProfile profile = await(queryGateway.query(new FindCitizenProfile(citizenId),
                ResponseTypes.instanceOf(CitizenProfile.class)));
        return Optional.ofNullable(profile).map(CitizenProfile::details).map(d -> d.email())
                .filter(e -> !e.isBlank());
    }

    /**
     * How far a checkout the portal started has come. The command side answers once it has left PENDING (or after a
     * few seconds with PENDING), so this waits a little longer than a read.
     */
    public CheckoutProgress checkoutProgress(String accountId, String checkoutId) {
        CheckoutProgress progress = Answers.await(queryGateway.query(new FindCheckoutProgress(accountId, checkoutId),
                ResponseTypes.instanceOf(CheckoutProgress.class)), CHECKOUT_PATIENCE, "checkout progress");
        if (progress == null) {
            throw new IllegalStateException("No checkout " + checkoutId);
        }
        if (progress.stage() == CheckoutStage.REFUSED) {
            throw new RejectedException(progress.refusal(), "The checkout was refused");
        }
        if (progress.stage() == CheckoutStage.PENDING) {
            throw new IllegalStateException("The checkout of " + checkoutId + " did not come in time");
        }
        return progress;
    }

    /** The hosted page of a deposit, top-up agreement or enrolment; refused as {@link RejectedException}. */
    public String hostedPage(String accountId, String checkoutId) {
        CheckoutProgress progress = checkoutProgress(accountId, checkoutId);
        if (progress.hostedPageUrl() == null || progress.hostedPageUrl().isBlank()) {
            throw new IllegalStateException("No hosted page for " + checkoutId);
        }
        return progress.hostedPageUrl();
    }

    private static <R> R await(CompletableFuture<R> answer) {
        return Answers.await(answer, "payments");
    }
}
