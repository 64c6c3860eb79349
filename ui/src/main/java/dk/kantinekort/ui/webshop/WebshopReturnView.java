package dk.kantinekort.ui.webshop;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.api.webshop.OrderView;
import dk.kantinekort.ui.payment.DepositWatch;
import dk.kantinekort.ui.payment.ProviderReturnView;
import dk.kantinekort.ui.session.AccountSelection;
import dk.kantinekort.ui.session.CurrentCitizen;
import dk.kantinekort.ui.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.CitizenGuard;
import dk.kantinekort.ui.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Back from saving a payment card for a webshop order: {@code webshop/betaling?ordre=<orderId>&konto=<accountId>
 * [&annulleret=1]&paymentId=<id>}. Tells the command side, then follows the order until it leaves "Afventer
 * betalingsoplysninger" (at most a minute) and shows "Afventer betaling 0/5" with the next charge date.
 */
@Route(value = WebshopComponents.RETURN_ROUTE, layout = MainLayout.class)
@PermitAll
public class WebshopReturnView extends ProviderReturnView implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountSelection selection;
    private final WebshopQueries queries;
    private final CurrentCitizen currentCitizen;
    private final Branding branding;
    private final Clock clock;

    private final Div content = new Div();
    private String accountId;
    private String orderId;
    private Instant started;

    @Autowired
    WebshopReturnView(AccountSelection selection, WebshopQueries queries, PortalCommands commands,
                      CurrentCitizen currentCitizen, Branding branding, ObjectProvider<Clock> clock) {
        super(commands);
        this.selection = selection;
        this.queries = queries;
        this.currentCitizen = currentCitizen;
        this.branding = branding;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        setId("webshop-return");
        setMaxWidth("48rem");
        content.setId("webshop-return-content");
        content.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("webshop.return.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!CitizenGuard.admits(event, currentCitizen)) {
            return;
        }
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        stopFollowing();
        content.removeAll();
        Optional<String> account = WebshopComponents.first(p, "konto");
        Optional<String> order = WebshopComponents.first(p, "ordre");
        try {
            if (account.flatMap(selection::accessible).isEmpty() || order.isEmpty()) {
                content.add(status("webshop-return-not-available", getTranslation("webshop.order.not-available")));
                return;
            }
        } catch (IllegalStateException e) {
            content.add(status("webshop-return-unavailable", getTranslation("webshop.unavailable")));
            return;
        }
        accountId = account.get();
        orderId = order.get();
        confirmPayment(WebshopComponents.first(p, "paymentId"));
        if (WebshopComponents.first(p, "annulleret").isPresent()) {
            content.add(status("webshop-return-cancelled", getTranslation("webshop.return.cancelled")),
                    new Paragraph(WebshopComponents.routeLink("webshop-return-orders-link",
                            WebshopComponents.ordersLocation(accountId), getTranslation("webshop.show-orders"))),
                    orderLink());
            return;
        }
        started = clock.instant();
        follow();
    }

    /** True while it is worth asking again. */
    @Override
    protected boolean refresh() {
        Optional<OrderView> order;
        try {
            order = queries.order(accountId, orderId);
        } catch (IllegalStateException e) {
            order = Optional.empty();
        }
        content.removeAll();
        boolean patient = Duration.between(started, clock.instant()).compareTo(DepositWatch.PATIENCE) < 0;
        if (order.isPresent() && order.get().status() != OrderStatus.AWAITING_PAYMENT_DETAILS) {
            OrderView o = order.get();
            content.add(status("webshop-return-status", getTranslation("webshop.return.status",
                    WebshopTexts.status(o, this::getTranslation))));
            if (o.nextChargeAt() != null) {
                content.add(status("webshop-return-next-charge", getTranslation("webshop.return.next-charge",
                        WebshopDates.date(o.nextChargeAt()))));
            }
            content.add(orderLink());
            return false;
        }
        if (!patient) {
            content.add(status(order.isPresent() ? "webshop-return-processing" : "webshop-return-not-available",
                    getTranslation(order.isPresent() ? "webshop.return.processing" : "webshop.order.not-available")));
            if (order.isPresent()) {
                content.add(orderLink());
            }
            return false;
        }
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("webshop.return.waiting"));
        content.add(status("webshop-return-waiting", getTranslation("webshop.return.waiting")), progress);
        return true;
    }

    private Paragraph orderLink() {
        return new Paragraph(WebshopComponents.routeLink("webshop-return-order-link",
                WebshopComponents.orderLocation(accountId, orderId), getTranslation("webshop.order.show")));
    }

    private Paragraph status(String id, String text) {
        Paragraph status = new Paragraph(text);
        status.setId(id);
        status.getElement().setAttribute("role", "status");
        status.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webshop.return.title") + " – " + branding.name();
    }
}
