package dk.kantinekort.command.payment.checkout;

import static dk.kantinekort.api.error.RejectionCode.ACCOUNT_NOT_FOUND;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.citizen.EmailAddress;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AbandonDeposit;
import dk.kantinekort.api.payment.CheckoutPurpose;
import dk.kantinekort.api.payment.PaymentCheckout;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.api.payment.RecordPaymentCheckout;
import dk.kantinekort.api.payment.RequestAutoTopUpSignup;
import dk.kantinekort.api.payment.RequestDeposit;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.citizen.PersonalDataVault;
import dk.kantinekort.command.payment.PaymentCommands;
import dk.kantinekort.command.payment.PaymentTermsInForce;
import dk.kantinekort.command.payment.provider.Checkout;
import dk.kantinekort.command.payment.provider.CheckoutRequest;
import dk.kantinekort.command.payment.provider.PaymentChoice;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.payment.provider.PaymentProviderRejected;
import dk.kantinekort.command.payment.provider.PaymentProviderUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The process of a deposit (F6) or a top-up agreement (F7), step by step: the account decides first (blocked,
 * bounds), only then is the provider asked for a hosted page, and the payment it created is recorded on the account
 * (or the deposit abandoned when the provider did not answer). Started by {@link CheckoutEntry}; the portal gets the
 * hosted page's address back.
 */
@Component
class DepositCheckout {

    private static final Logger log = LoggerFactory.getLogger(DepositCheckout.class);

    private final PaymentCommands ledger;
    private final PaymentProvider provider;
    private final PaymentTermsInForce terms;
    private final CitizenDirectory citizens;
    private final PersonalDataVault vault;
    private final ProviderAddresses addresses;
    private final String webhookAuthorization;

    DepositCheckout(PaymentCommands ledger, PaymentProvider provider, PaymentTermsInForce terms,
                    CitizenDirectory citizens, PersonalDataVault vault,
                    ProviderAddresses addresses,
                    @Value("${canteen.psp.webhook-authorization:demo-psp-webhook}") String webhookAuthorization) {
        this.addresses = addresses;
        this.webhookAuthorization = webhookAuthorization;
        this.ledger = ledger;
        this.provider = provider;
        this.terms = terms;
        this.citizens = citizens;
        this.vault = vault;
    }

    PaymentCheckout start(StartDeposit command) {
        PaymentTerms terms = this.terms.current();
        Money amount = requireWholeKroner(command.amount(), terms);
        if (command.method() != DepositMethod.PAYMENT_CARD && command.method() != DepositMethod.MOBILEPAY) {
            throw new RejectedException(INVALID_REQUEST, "Pay by card or MobilePay");
        }
        Money fee = terms.feeRuleFor(command.method()).feeFor(amount);
        HostedPageLinks links = HostedPageLinks.of(command.links(), addresses);
        SealedData email = sealedEmail(command.accountId(), command.receiptEmail());
        ledger.onBehalfOfSender(new RequestDeposit(command.accountId(), command.depositId(), amount, fee,
                command.method(), email));
        Checkout checkout = createCheckout(command.accountId(), command.depositId(), CheckoutPurpose.DEPOSIT,
                new CheckoutRequest(command.depositId(), amount.ore(), fee.ore(), "Indbetaling på kantinekort",
                        command.method() == DepositMethod.MOBILEPAY ? PaymentChoice.MOBILEPAY : PaymentChoice.CARD,
                        false, links.returnUrl(), links.cancelUrl(), links.termsUrl(), links.webhookUrl(),
                        webhookAuthorization, command.receiptEmail().strip()));
        return new PaymentCheckout(command.depositId(), checkout.paymentId(), checkout.hostedPageUrl().toString(),
                amount, fee);
    }

    PaymentCheckout start(StartAutoTopUpSignup command) {
        PaymentTerms terms = this.terms.current();
        Money amount = requireWholeKroner(command.amount(), terms);
        Money fee = terms.feeRuleFor(DepositMethod.AUTO_TOP_UP).feeFor(amount);
        HostedPageLinks links = HostedPageLinks.of(command.links(), addresses);
        SealedData email = sealedEmail(command.accountId(), command.receiptEmail());
        ledger.onBehalfOfSender(new RequestAutoTopUpSignup(command.accountId(), command.agreementId(), amount, fee,
                terms.autoTopUpThreshold(), email));
        Checkout checkout = createCheckout(command.accountId(), command.agreementId(),
                CheckoutPurpose.AUTO_TOP_UP_AGREEMENT,
                new CheckoutRequest(command.agreementId(), 0, 0, "Automatisk optankning: gem betalingskort",
                        PaymentChoice.CARD, true, links.returnUrl(), links.cancelUrl(), links.termsUrl(),
                        links.webhookUrl(),
                        webhookAuthorization, command.receiptEmail().strip()));
        return new PaymentCheckout(command.agreementId(), checkout.paymentId(), checkout.hostedPageUrl().toString(),
                Money.ZERO, Money.ZERO);
    }

    private Checkout createCheckout(String accountId, String checkoutId, CheckoutPurpose purpose,
                                    CheckoutRequest request) {
        Checkout checkout;
        try {
            checkout = provider.createCheckout(request);
        } catch (PaymentProviderUnavailable | PaymentProviderRejected e) {
            log.warn("The payment provider did not create a payment for checkout {}: {}", checkoutId, e.getMessage());
            if (purpose == CheckoutPurpose.DEPOSIT) {
                ledger.fromProvider(new AbandonDeposit(accountId, checkoutId, "The payment provider did not answer"));
            }
            throw new RejectedException(PAYMENT_PROVIDER_UNAVAILABLE, "The payment provider did not answer");
        }
        ledger.fromProvider(new RecordPaymentCheckout(accountId, checkoutId, checkout.paymentId(), purpose));
        return checkout;
    }

    private static Money requireWholeKroner(Money amount, PaymentTerms terms) {
        if (amount == null || amount.ore() % 100 != 0 || amount.isLessThan(terms.minDeposit())
                || amount.isGreaterThan(terms.maxDeposit())) {
            throw new RejectedException(INVALID_REQUEST,
                    "The amount is whole kroner from " + terms.minDeposit() + " to " + terms.maxDeposit());
        }
        return amount;
    }

    private SealedData sealedEmail(String accountId, String email) {
        if (!EmailAddress.isValid(email)) {
            throw new RejectedException(INVALID_REQUEST, "A valid e-mail address for the receipt is required");
        }
        String owner = citizens.ownerOf(accountId)
                .orElseThrow(() -> new RejectedException(ACCOUNT_NOT_FOUND, "No such account"));
        return vault.seal(owner, email.strip());
    }
}
