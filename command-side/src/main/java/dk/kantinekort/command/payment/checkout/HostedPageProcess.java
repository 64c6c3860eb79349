package dk.kantinekort.command.payment.checkout;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.payment.AbandonDeposit;
import dk.kantinekort.api.payment.AutoTopUpSignupRequested;
import dk.kantinekort.api.payment.CheckoutPurpose;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.DepositRequested;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.RecordPaymentCheckout;
import dk.kantinekort.api.subscription.EnrolmentRequested;
import dk.kantinekort.api.subscription.RecordEnrolmentCheckout;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderPlaced;
import dk.kantinekort.api.webshop.RecordOrderCheckout;
import dk.kantinekort.command.citizen.PersonalDataVault;
import dk.kantinekort.command.payment.PaymentCommands;
import dk.kantinekort.command.payment.PaymentProcesses;
import dk.kantinekort.command.payment.provider.Checkout;
import dk.kantinekort.command.payment.provider.CheckoutRequest;
import dk.kantinekort.command.payment.provider.PaymentChoice;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.payment.provider.PaymentProviderRejected;
import dk.kantinekort.command.payment.provider.PaymentProviderUnavailable;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The process manager of the hosted payment page (tracking processor {@value PaymentProcesses#HOSTED_PAGES}): when a
 * deposit, a top-up agreement, a payment-card order or an enrolment has been decided, it asks the provider for the
 * hosted page, with the checkout id as the provider's reference, and records the page on the aggregate
 * (RecordPaymentCheckout, RecordOrderCheckout, RecordEnrolmentCheckout) or, when the provider refused or did not
 * answer, the refusal (and abandons the deposit). A page recorded already is not asked again after a redelivery.
 * The portal meanwhile asks {@link CheckoutProgressLookup}.
 */
@Component
@ProcessingGroup(PaymentProcesses.HOSTED_PAGES)
class HostedPageProcess {

    private static final Logger log = LoggerFactory.getLogger(HostedPageProcess.class);

    private final PaymentProvider provider;
    private final PaymentCommands ledger;
    private final CheckoutProgressLookup progress;
    private final ProviderAddresses addresses;
    private final PersonalDataVault vault;
    private final String webhookAuthorization;

    HostedPageProcess(PaymentProvider provider, PaymentCommands ledger, CheckoutProgressLookup progress,
                      ProviderAddresses addresses, PersonalDataVault vault,
                      @Value("${canteen.psp.webhook-authorization:demo-psp-webhook}") String webhookAuthorization) {
        this.provider = provider;
        this.ledger = ledger;
        this.progress = progress;
        this.addresses = addresses;
        this.vault = vault;
        this.webhookAuthorization = webhookAuthorization;
    }

    @EventHandler
    void on(DepositRequested event) {
        PaymentChoice choice = event.method() == DepositMethod.MOBILEPAY ? PaymentChoice.MOBILEPAY : PaymentChoice.CARD;
        create(event.depositId(), event.accountId(), CheckoutPurpose.DEPOSIT, Optional.ofNullable(event.links()),
                links -> new CheckoutRequest(event.depositId(), event.amount().ore(), event.fee().ore(),
                        "Indbetaling på kantinekort", choice, false, links.returnUrl(), links.cancelUrl(),
                        links.termsUrl(), links.webhookUrl(), webhookAuthorization, reveal(event.receiptEmail())));
    }

    @EventHandler
    void on(AutoTopUpSignupRequested event) {
        create(event.agreementId(), event.accountId(), CheckoutPurpose.AUTO_TOP_UP_AGREEMENT,
                Optional.ofNullable(event.links()), links -> saveCard(event.agreementId(),
                        "Automatisk optankning: gem betalingskort", links, reveal(event.receiptEmail())));
    }

    @EventHandler
    void on(OrderPlaced event) {
        if (event.payment() == OrderPayment.PAYMENT_CARD) {
            create(event.orderId(), event.accountId(), CheckoutPurpose.WEBSHOP_ORDER, linksOf(event.orderId()),
                    links -> saveCard(event.orderId(), "Webshop: gem betalingskort", links, null));
        }
    }

    @EventHandler
    void on(EnrolmentRequested event) {
        create(event.enrolmentId(), event.accountId(), CheckoutPurpose.SUBSCRIPTION, linksOf(event.enrolmentId()),
                links -> saveCard(event.enrolmentId(), "Abonnement " + event.planName() + ": gem betalingskort",
                        links, null));
    }

    private CheckoutRequest saveCard(String reference, String description, HostedPageLinks links, String email) {
        return new CheckoutRequest(reference, 0, 0, description, PaymentChoice.CARD, true, links.returnUrl(),
                links.cancelUrl(), links.termsUrl(), links.webhookUrl(), webhookAuthorization, email);
    }

    /** The links of a checkout the portal started; none for an order or enrolment opened otherwise (no page then). */
    private Optional<PaymentPageLinks> linksOf(String checkoutId) {
        return progress.find(checkoutId).map(CheckoutProgressLookup.Row::links);
    }

    private void create(String checkoutId, String accountId, CheckoutPurpose purpose,
                        Optional<PaymentPageLinks> given,
                        Function<HostedPageLinks, CheckoutRequest> request) {
        Optional<CheckoutProgressLookup.Row> row = progress.find(checkoutId);
        if (given.isEmpty() || row.isEmpty() || row.get().stage() != CheckoutStage.PENDING) {
            return; // not started from the portal, or the page is recorded (or refused) already
        }
        HostedPageLinks links;
        try {
            links = HostedPageLinks.of(given.get(), addresses);
        } catch (RejectedException e) {
            refuse(checkoutId, accountId, purpose, INVALID_REQUEST);
            return;
        }
        Checkout checkout;
        try {
            checkout = provider.createCheckout(request.apply(links));
        } catch (PaymentProviderUnavailable | PaymentProviderRejected e) {
            log.warn("The payment provider did not create a payment for checkout {}: {}", checkoutId, e.getMessage());
            refuse(checkoutId, accountId, purpose, PAYMENT_PROVIDER_UNAVAILABLE);
            return;
        }
        String page = checkout.hostedPageUrl().toString();
        switch (purpose) {
            case DEPOSIT, AUTO_TOP_UP_AGREEMENT -> ledger.fromProvider(new RecordPaymentCheckout(accountId, checkoutId,
                    checkout.paymentId(), purpose, page));
            case WEBSHOP_ORDER -> ledger.asWebshop(new RecordOrderCheckout(checkoutId, checkout.paymentId(), page));
            case SUBSCRIPTION -> ledger.asWebshop(new RecordEnrolmentCheckout(checkoutId, checkout.paymentId(), page));
        }
    }

    private void refuse(String checkoutId, String accountId, CheckoutPurpose purpose, RejectionCode code) {
        if (purpose == CheckoutPurpose.DEPOSIT) {
            ledger.fromProvider(new AbandonDeposit(accountId, checkoutId, "The payment provider did not answer"));
        }
        ledger.fromProvider(new RecordCheckoutRefused(checkoutId, accountId, code));
    }

    private String reveal(SealedData email) {
        String clear = email == null ? null : vault.handle(new RevealPersonalData(email));
        return clear == null || clear.isBlank() ? null : clear;
    }
}
