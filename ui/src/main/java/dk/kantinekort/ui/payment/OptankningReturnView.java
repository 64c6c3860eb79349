package dk.kantinekort.ui.payment;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.payment.AutoTopUpView;
import dk.kantinekort.api.payment.ConfirmPayment;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Back from saving a card for automatic top-up: {@code indbetaling/optankning?aftale=<agreementId>
 * &konto=<accountId>[&annulleret=1]&paymentId=<id>}. Tells the command side, then waits (at most a minute) for
 * the agreement to become active, and links back to the tab.
 */
@Route(value = "indbetaling/optankning", layout = MainLayout.class)
@PermitAll
public class OptankningReturnView extends ProviderReturnView implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(OptankningReturnView.class);

    private final AccountSelection selection;
    private final PaymentQueries queries;
    private final CurrentCitizen currentCitizen;
    private final Branding branding;
    private final Clock clock;

    private final Div content = new Div();
    private String accountId;
    private String agreementId;
    private Instant started;

    @Autowired
    OptankningReturnView(AccountSelection selection, PaymentQueries queries, PortalCommands commands,
                         CurrentCitizen currentCitizen, Branding branding, ObjectProvider<Clock> clock) {
        super(commands);
        this.selection = selection;
        this.queries = queries;
        this.currentCitizen = currentCitizen;
        this.branding = branding;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        setId("auto-return");
        setMaxWidth("48rem");
        content.setId("auto-return-content");
        content.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("payment.auto.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!CitizenGuard.admits(event, currentCitizen)) {
            return;
        }
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        stopFollowing();
        content.removeAll();
        Optional<String> account = first(p, "konto");
        try {
            if (account.flatMap(selection::accessible).isEmpty() || first(p, "aftale").isEmpty()) {
                content.add(status("auto-return-not-available", getTranslation("payment.receipt.not-available")));
                return;
            }
        } catch (IllegalStateException e) {
            content.add(status("auto-return-unavailable", getTranslation("payment.unavailable")));
            return;
        }
        accountId = account.get();
        agreementId = first(p, "aftale").get();
        confirmPayment(first(p, "paymentId"));
        if (first(p, "annulleret").isPresent()) {
            content.add(status("auto-return-cancelled", getTranslation("payment.auto.return.cancelled")), backLink());
            return;
        }
        started = clock.instant();
        follow();
    }




    /** True while it is worth asking again. */
    protected boolean refresh() {
        Optional<AutoTopUpView> agreement;
        try {
            agreement = queries.autoTopUp(accountId);
        } catch (IllegalStateException e) {
            agreement = Optional.empty();
        }
        boolean active = agreement.filter(a -> a.state() == AutoTopUpView.State.ACTIVE)
                .filter(a -> agreementId.equals(a.agreementId())).isPresent();
        content.removeAll();
        if (active) {
            content.add(status("auto-return-active", getTranslation("payment.auto.return.active")), backLink());
            return false;
        }
        if (Duration.between(started, clock.instant()).compareTo(DepositWatch.PATIENCE) >= 0) {
            content.add(status("auto-return-processing", getTranslation("payment.auto.return.processing")), backLink());
            return false;
        }
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("payment.auto.return.waiting"));
        content.add(status("auto-return-waiting", getTranslation("payment.auto.return.waiting")), progress);
        return true;
    }

    private Paragraph backLink() {
        return new Paragraph(PaymentPanel.routeLink("indbetaling?konto=" + URLEncoder.encode(accountId, StandardCharsets.UTF_8) + "&fane=" + IndbetalingView.TAB_AUTO,
                getTranslation("payment.auto.return.back")));
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
        return getTranslation("payment.auto.title") + " – " + branding.name();
    }
}
