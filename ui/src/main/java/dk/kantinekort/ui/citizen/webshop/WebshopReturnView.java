package dk.kantinekort.ui.citizen.webshop;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.api.webshop.OrderView;
import dk.kantinekort.ui.citizen.payment.DepositWatch;
import dk.kantinekort.ui.citizen.payment.ProviderReturnView;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import dk.kantinekort.ui.shell.Routes;

/**
 * Back from saving a payment card for a webshop order: {@code webshop/betaling?ordre=<orderId>&konto=<accountId>
 * [&annulleret=1]&paymentId=<id>}. Tells the command side, then follows the order until it leaves "Afventer
 * betalingsoplysninger" (at most a minute) and shows "Afventer betaling 0/5" with the next charge date.
 */
@Route(value = Routes.WEBSHOP_PAYMENT_RETURN, layout = MainLayout.class)
@PermitAll
public class WebshopReturnView extends ProviderReturnView {

    private final WebshopQueries queries;

    private String accountId;
    private String orderId;

    @Autowired
    WebshopReturnView(AccountSelection selection, WebshopQueries queries, PortalCommands commands,
                      CurrentCitizen currentCitizen, Branding branding, ObjectProvider<Clock> clock) {
        super(commands, selection, currentCitizen, branding, clock.getIfAvailable(Clock::systemUTC), "webshop-return",
                "webshop.return.title");
        this.queries = queries;
    }

    @Override
    protected String referenceParameter() {
        return "ordre";
    }

    @Override
    protected void showNotAvailable() {
        content.add(status("webshop-return-not-available", getTranslation("webshop.order.not-available")));
    }

    @Override
    protected void showUnavailable(IllegalStateException failure) {
        content.add(status("webshop-return-unavailable", getTranslation("webshop.unavailable")));
    }

    @Override
    protected void remember(String accountId, String orderId) {
        this.accountId = accountId;
        this.orderId = orderId;
    }

    @Override
    protected boolean showCancelled() {
        content.add(status("webshop-return-cancelled", getTranslation("webshop.return.cancelled")),
                new Paragraph(WebshopComponents.routeLink("webshop-return-orders-link",
                        WebshopComponents.ordersLocation(accountId), getTranslation("webshop.show-orders"))),
                orderLink());
        return true;
    }

    @Override
    protected boolean refresh() {
        Optional<OrderView> order;
        try {
            order = queries.order(accountId, orderId);
        } catch (IllegalStateException e) {
            order = Optional.empty();
        }
        content.removeAll();
        boolean patient = patient(DepositWatch.PATIENCE);
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
        showWaiting("webshop-return-waiting", getTranslation("webshop.return.waiting"));
        return true;
    }

    private Paragraph orderLink() {
        return new Paragraph(WebshopComponents.routeLink("webshop-return-order-link",
                WebshopComponents.orderLocation(accountId, orderId), getTranslation("webshop.order.show")));
    }
}
