package dk.kantinekort.ui.subscription;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.subscription.EnrolmentStatus;
import dk.kantinekort.api.subscription.EnrolmentView;
import dk.kantinekort.ui.payment.ProviderReturnView;
import dk.kantinekort.ui.session.AccountSelection;
import dk.kantinekort.ui.session.CurrentCitizen;
import dk.kantinekort.ui.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.CitizenGuard;
import dk.kantinekort.ui.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Back from saving the payment card for a plan: {@code abonnementer/tilmelding?tilmelding=<enrolmentId>
 * &konto=<accountId>[&annulleret=1]&paymentId=<id>}. Tells the command side, then waits (at most a minute) for
 * the enrolment to become active, and links back to Abonnementer. Cancelled: nothing was saved.
 */
@Route(value = Enrolments.RETURN_ROUTE, layout = MainLayout.class)
@PermitAll
public class TilmeldingReturnView extends ProviderReturnView implements BeforeEnterObserver, HasDynamicTitle {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final AccountSelection selection;
    private final SubscriptionQueries queries;
    private final CurrentCitizen currentCitizen;
    private final Branding branding;
    private final Clock clock;

    private final Div content = new Div();
    private String accountId;
    private String enrolmentId;
    private Instant started;

    @Autowired
    TilmeldingReturnView(AccountSelection selection, SubscriptionQueries queries, PortalCommands commands,
                         CurrentCitizen currentCitizen, Branding branding, ObjectProvider<Clock> clock) {
        super(commands);
        this.selection = selection;
        this.queries = queries;
        this.currentCitizen = currentCitizen;
        this.branding = branding;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        setId("subs-return");
        setMaxWidth("48rem");
        content.setId("subs-return-content");
        content.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("subscription.return.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!CitizenGuard.admits(event, currentCitizen)) {
            return;
        }
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        stopFollowing();
        content.removeAll();
        Optional<String> account = first(p, Enrolments.ACCOUNT_PARAMETER);
        Optional<String> enrolment = first(p, Enrolments.ENROLMENT_PARAMETER);
        try {
            if (enrolment.isEmpty() || account.flatMap(selection::accessible).isEmpty()) {
                content.add(status("subs-return-not-available", getTranslation("subscription.return.not-available")),
                        backLink(null));
                return;
            }
        } catch (IllegalStateException e) {
            content.add(status("subs-return-unavailable", getTranslation("subscription.unavailable")), backLink(null));
            return;
        }
        accountId = account.get();
        enrolmentId = enrolment.get();
        confirmPayment(first(p, "paymentId"));
        if (first(p, "annulleret").isPresent()) {
            content.add(status("subs-return-cancelled", getTranslation("subscription.return.cancelled")),
                    backLink(accountId));
            return;
        }
        started = clock.instant();
        follow();
    }

    /** True while it is worth asking again. */
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
        if (Duration.between(started, clock.instant()).compareTo(PATIENCE) >= 0) {
            content.add(status("subs-return-processing", getTranslation("subscription.return.processing")),
                    backLink(accountId));
            return false;
        }
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("subscription.return.waiting"));
        content.add(status("subs-return-waiting", getTranslation("subscription.return.waiting")), progress);
        return true;
    }

    private Paragraph backLink(String account) {
        String location = AbonnementerView.ROUTE + (account == null ? ""
                : "?" + AbonnementerView.ACCOUNT_PARAMETER + "=" + URLEncoder.encode(account, StandardCharsets.UTF_8));
        Anchor link = new Anchor(location, getTranslation("subscription.return.back"));
        link.getElement().setAttribute("router-link", true);
        link.setId("subs-return-back");
        return new Paragraph(link);
    }

    private Paragraph status(String id, String text) {
        Paragraph status = new Paragraph(text);
        status.setId(id);
        status.getElement().setAttribute("role", "status");
        status.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        return status;
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscription.return.title") + " – " + branding.name();
    }
}
