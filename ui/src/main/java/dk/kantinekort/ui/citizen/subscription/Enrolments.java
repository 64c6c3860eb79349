package dk.kantinekort.ui.citizen.subscription;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.subscription.StartEnrolment;
import dk.kantinekort.ui.citizen.payment.PaymentLinks;
import dk.kantinekort.ui.citizen.payment.PaymentQueries;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.kantinekort.ui.shell.Routes;

/** Tilmeld without a browser: a new enrolment id, the links back to the portal, then the hosted page once it is there. */
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
    private final PaymentQueries payments;

    Enrolments(PortalCommands commands, PaymentQueries payments, Supplier<PaymentLinks> links) {
        this.commands = commands;
        this.payments = payments;
        this.links = links;
    }

    Started start(String accountId, String planId, String receiptEmail) {
        String enrolmentId = UUID.randomUUID().toString();
        try {
            Map<String, String> back = new LinkedHashMap<>();
            back.put(ENROLMENT_PARAMETER, enrolmentId);
            back.put(ACCOUNT_PARAMETER, accountId);
            PaymentPageLinks pageLinks = links.get().backTo(Routes.ENROLMENT_RETURN, back);
            commands.send(new StartEnrolment(accountId, enrolmentId, planId, receiptEmail, pageLinks));
            return new Started(enrolmentId, payments.hostedPage(accountId, enrolmentId), null);
        } catch (RejectedException refusal) {
            return new Started(enrolmentId, null, SubscriptionTexts.refusalKey(refusal));
        } catch (IllegalStateException unavailable) {
            log.warn("Enrolment could not be started: {}", unavailable.toString());
            return new Started(enrolmentId, null, "subscription.unavailable");
        }
    }
}
