package dk.kantinekort.ui.citizen.subscription;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.subscription.EnrolmentStatus;
import dk.kantinekort.api.subscription.EnrolmentView;
import dk.kantinekort.ui.citizen.payment.ProviderReturnView;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import dk.kantinekort.ui.shell.Routes;

/**
 * Back from saving the payment card for a plan: {@code abonnementer/tilmelding?tilmelding=<enrolmentId>
 * &konto=<accountId>[&annulleret=1]&paymentId=<id>}. Tells the command side, then waits (at most a minute) for
 * the enrolment to become active, and links back to Abonnementer. Cancelled: nothing was saved.
 */
@Route(value = Routes.ENROLMENT_RETURN, layout = MainLayout.class)
@PermitAll
public class EnrolmentReturnView extends ProviderReturnView {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final SubscriptionQueries queries;

    private String accountId;
    private String enrolmentId;

    @Autowired
    EnrolmentReturnView(AccountSelection selection, SubscriptionQueries queries, PortalCommands commands,
                         CurrentCitizen currentCitizen, Branding branding, ObjectProvider<Clock> clock) {
        super(commands, selection, currentCitizen, branding, clock.getIfAvailable(Clock::systemUTC), "subs-return",
                "subscription.return.title");
        this.queries = queries;
    }

    @Override
    protected String referenceParameter() {
        return Enrolments.ENROLMENT_PARAMETER;
    }

    @Override
    protected void showNotAvailable() {
        content.add(status("subs-return-not-available", getTranslation("subscription.return.not-available")),
                backLink(null));
    }

    @Override
    protected void showUnavailable(IllegalStateException failure) {
        content.add(status("subs-return-unavailable", getTranslation("subscription.unavailable")), backLink(null));
    }

    @Override
    protected void remember(String accountId, String enrolmentId) {
        this.accountId = accountId;
        this.enrolmentId = enrolmentId;
    }

    /** Cancelled: nothing was saved. */
    @Override
    protected boolean showCancelled() {
        content.add(status("subs-return-cancelled", getTranslation("subscription.return.cancelled")),
                backLink(accountId));
        return true;
    }

    @Override
    protected boolean refresh() {
        Optional<EnrolmentView> enrolment;
        try {
            enrolment = queries.enrolments(accountId).stream()
                    .filter(e -> enrolmentId.equals(e.enrolmentId())).findFirst();
        } catch (IllegalStateException e) {
            enrolment = Optional.empty();
        }
        content.removeAll();
        EnrolmentStatus status = enrolment.map(EnrolmentView::status).orElse(null);
        if (status == EnrolmentStatus.ACTIVE) {
            EnrolmentView active = enrolment.get();
            content.add(status("subs-return-active", getTranslation("subscription.return.active", active.planName())));
            if (active.maskedPan() != null && !active.maskedPan().isBlank()) {
                Paragraph card = new Paragraph(getTranslation("subscription.card", active.maskedPan()));
                card.setId("subs-return-card");
                content.add(card);
            }
            content.add(backLink(accountId));
            return false;
        }
        if (status == EnrolmentStatus.ENDED || status == EnrolmentStatus.EXPIRED) {
            content.add(status("subs-return-failed", getTranslation("subscription.return.failed")),
                    backLink(accountId));
            return false;
        }
        if (!patient(PATIENCE)) {
            content.add(status("subs-return-processing", getTranslation("subscription.return.processing")),
                    backLink(accountId));
            return false;
        }
        showWaiting("subs-return-waiting", getTranslation("subscription.return.waiting"));
        return true;
    }

    private Paragraph backLink(String account) {
        String location = Routes.SUBSCRIPTIONS + (account == null ? ""
                : "?" + SubscriptionsView.ACCOUNT_PARAMETER + "=" + URLEncoder.encode(account, StandardCharsets.UTF_8));
        Anchor link = new Anchor(location, getTranslation("subscription.return.back"));
        link.getElement().setAttribute("router-link", true);
        link.setId("subs-return-back");
        return new Paragraph(link);
    }
}
