package dk.kantinekort.ui.citizen.payment;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.payment.AutoTopUpView;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import dk.kantinekort.ui.shell.Routes;

/**
 * Back from saving a card for automatic top-up: {@code indbetaling/optankning?aftale=<agreementId>
 * &konto=<accountId>[&annulleret=1]&paymentId=<id>}. Tells the command side, then waits (at most a minute) for
 * the agreement to become active, and links back to the tab.
 */
@Route(value = Routes.AUTO_TOP_UP_RETURN, layout = MainLayout.class)
@PermitAll
public class AutoTopUpReturnView extends ProviderReturnView {

    private final PaymentQueries queries;

    private String accountId;
    private String agreementId;

    @Autowired
    AutoTopUpReturnView(AccountSelection selection, PaymentQueries queries, PortalCommands commands,
                         CurrentCitizen currentCitizen, Branding branding, ObjectProvider<Clock> clock) {
        super(commands, selection, currentCitizen, branding, clock.getIfAvailable(Clock::systemUTC), "auto-return",
                "payment.auto.title");
        this.queries = queries;
    }

    @Override
    protected String referenceParameter() {
        return "aftale";
    }

    @Override
    protected void showNotAvailable() {
        content.add(status("auto-return-not-available", getTranslation("payment.receipt.not-available")));
    }

    @Override
    protected void showUnavailable(IllegalStateException failure) {
        content.add(status("auto-return-unavailable", getTranslation("payment.unavailable")));
    }

    @Override
    protected void remember(String accountId, String agreementId) {
        this.accountId = accountId;
        this.agreementId = agreementId;
    }

    @Override
    protected boolean showCancelled() {
        content.add(status("auto-return-cancelled", getTranslation("payment.auto.return.cancelled")), backLink());
        return true;
    }

    @Override
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
        if (!patient(DepositWatch.PATIENCE)) {
            content.add(status("auto-return-processing", getTranslation("payment.auto.return.processing")), backLink());
            return false;
        }
        showWaiting("auto-return-waiting", getTranslation("payment.auto.return.waiting"));
        return true;
    }

    private Paragraph backLink() {
        return new Paragraph(PaymentPanel.routeLink(Routes.PAYMENTS + "?konto=" + URLEncoder.encode(accountId, StandardCharsets.UTF_8) + "&fane=" + PaymentsView.TAB_AUTO,
                getTranslation("payment.auto.return.back")));
    }
}
