package dk.kantinekort.command.payment.checkout;

import static dk.kantinekort.api.error.RejectionCode.ACCOUNT_NOT_FOUND;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.EmailAddress;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.api.payment.RequestAutoTopUpSignup;
import dk.kantinekort.api.payment.RequestDeposit;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import dk.kantinekort.api.payment.StartDeposit;
import dk.kantinekort.command.account.DepositPricing;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.citizen.PersonalDataVault;
import dk.kantinekort.command.payment.PaymentTermsInForce;
import org.springframework.stereotype.Component;

/**
 * What the payments context adds to a checkout before the aggregate decides, without asking anyone outside: the
 * terms in force (bounds in whole kroner, the fee), the receipt e-mail sealed with the owner's key, and the hosted
 * page's links checked to lead back to the portal. The account decides with it (its {@link DepositPricing} port),
 * the checkout entry checks links with it, so a refusal reaches the portal at once.
 */
@Component
public class CheckoutTerms implements DepositPricing {

    private final PaymentTermsInForce terms;
    private final CitizenDirectory citizens;
    private final PersonalDataVault vault;
    private final ProviderAddresses addresses;

    CheckoutTerms(PaymentTermsInForce terms, CitizenDirectory citizens, PersonalDataVault vault,
                  ProviderAddresses addresses) {
        this.terms = terms;
        this.citizens = citizens;
        this.vault = vault;
        this.addresses = addresses;
    }

    /** Indbetaling priced: whole kroner within the bounds, by card or MobilePay, its fee; refused otherwise. */
    @Override
    public RequestDeposit deposit(StartDeposit command) {
        PaymentTerms current = terms.current();
        Money amount = requireWholeKroner(command.amount(), current);
        if (command.method() != DepositMethod.PAYMENT_CARD && command.method() != DepositMethod.MOBILEPAY) {
            throw new RejectedException(INVALID_REQUEST, "Pay by card or MobilePay");
        }
        PaymentPageLinks links = links(command.links());
        SealedData email = sealedEmail(command.accountId(), command.receiptEmail());
        return new RequestDeposit(command.accountId(), command.depositId(), amount,
                current.feeRuleFor(command.method()).feeFor(amount), command.method(), email, links);
    }

    /** Automatisk optankning priced: the amount as a deposit's, the automatic top-up fee and threshold in force. */
    @Override
    public RequestAutoTopUpSignup autoTopUp(StartAutoTopUpSignup command) {
        PaymentTerms current = terms.current();
        Money amount = requireWholeKroner(command.amount(), current);
        PaymentPageLinks links = links(command.links());
        SealedData email = sealedEmail(command.accountId(), command.receiptEmail());
        return new RequestAutoTopUpSignup(command.accountId(), command.agreementId(), amount,
                current.feeRuleFor(DepositMethod.AUTO_TOP_UP).feeFor(amount), current.autoTopUpThreshold(), email,
                links);
    }

    /** The links, refused ({@code INVALID_REQUEST}) unless each is an absolute http(s) URL on the portal. */
    public PaymentPageLinks links(PaymentPageLinks links) {
        HostedPageLinks checked = HostedPageLinks.of(links, addresses);
        return new PaymentPageLinks(checked.returnUrl().toString(), checked.cancelUrl().toString(),
                checked.termsUrl().toString());
    }

    /** The payment-card fee rule in force (kept by an order or enrolment for each of its charges). */
    public FeeRule cardFee() {
        return terms.current().feeRuleFor(DepositMethod.PAYMENT_CARD);
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
