package dk.kantinekort.ui.citizen.subscription;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.payment.PaymentCheckout;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.ui.citizen.payment.PaymentLinks;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.kantinekort.ui.shell.Routes;

/** Tilmeld without a browser: a new enrolment id, the links back to the portal, and the ledger's answer. */
final class Enrolments {

    /** The route the hosted page sends the citizen back to. */
    static final String ENROLMENT_PARAMETER = "tilmelding";
    static final String ACCOUNT_PARAMETER = "konto";
    private static final Logger log = LoggerFactory.getLogger(Enrolments.class);

    /** The hosted page to send the browser to, or the bundle key of why not. */
    record Started(String enrolmentId, String hostedPageUrl, String problemKey) {
    }

    private final PortalCommands commands;
    private final Supplier<PaymentLinks> links;

    Enrolments(PortalCommands commands, Supplier<PaymentLinks> links) {
        this.commands = commands;
        this.links = links;
    }

    Started start(String accountId, String planId, String receiptEmail) {
        String enrolmentId = UUID.randomUUID().toString();
        try {
            Map<String, String> back = new LinkedHashMap<>();
            back.put(ENROLMENT_PARAMETER, enrolmentId);
            back.put(ACCOUNT_PARAMETER, accountId);
            PaymentPageLinks pageLinks = links.get().backTo(Routes.ENROLMENT_RETURN, back);
            PaymentCheckout checkout = commands.send(new StartEnrolment(accountId, enrolmentId, planId, receiptEmail,
                    pageLinks));
            if (checkout == null || checkout.hostedPageUrl() == null || checkout.hostedPageUrl().isBlank()) {
                throw new IllegalStateException("No hosted page in the answer");
            }
            return new Started(enrolmentId, checkout.hostedPageUrl(), null);
        } catch (RejectedException refusal) {
            return new Started(enrolmentId, null, SubscriptionTexts.refusalKey(refusal));
        } catch (IllegalStateException unavailable) {
            log.warn("Enrolment could not be started: {}", unavailable.toString());
            return new Started(enrolmentId, null, "subscription.unavailable");
        }
    }
}
