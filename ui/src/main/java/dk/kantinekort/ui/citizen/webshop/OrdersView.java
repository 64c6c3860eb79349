package dk.kantinekort.ui.citizen.webshop;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.webshop.CancelOrder;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.api.webshop.OrderView;
import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.citizen.payment.PaymentPanel;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.citizen.layout.AccountChooser;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.LinkParameter;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import dk.kantinekort.ui.shell.Routes;

/**
 * "Vis ordrer": the account's orders ({@code webshop/ordrer?konto=<accountId>}) with Ordrenr., date, place, total and
 * the guide's status, "Vis" for the lines and "Annuller" for the whole order while something may still be cancelled.
 */
@Route(value = Routes.WEBSHOP_ORDERS, layout = MainLayout.class)
@PermitAll
public class OrdersView extends OrderPage {

    private static final Logger log = LoggerFactory.getLogger(OrdersView.class);

    private final Div list = new Div();
    private AccountSummary account;

    @Autowired
    OrdersView(AccountSelection selection, WebshopQueries queries, PortalCommands commands,
               CurrentCitizen currentCitizen, Branding branding, ObjectProvider<Clock> clock) {
        super("webshop-orders", "webshop.orders.title", "orders", selection, queries, commands, currentCitizen,
                branding, clock);
        list.setId("orders-list");
        list.setWidthFull();
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        Optional<String> requested = LinkParameter.first(event, "konto");
        try {
            Optional<AccountSummary> found = requested.isPresent() ? requested.flatMap(selection::accessible)
                    : selection.selected();
            if (found.isEmpty()) {
                add(PaymentPanel.notice("orders-not-available", getTranslation(requested.isPresent()
                        ? "webshop.account-not-available" : "webshop.no-account")));
                return;
            }
            account = found.get();
            selection.select(account.accountId());
        } catch (IllegalStateException e) {
            add(PaymentPanel.notice("orders-unavailable", getTranslation("webshop.unavailable")));
            return;
        }
        Paragraph whose = new Paragraph(getTranslation("webshop.orders.account",
                AccountChooser.label(account)));
        whose.setId("orders-account");
        Paragraph help = new Paragraph(WebshopComponents.routeLink("orders-status-help",
                Routes.HELP + "?emne=" + WebshopTexts.STATUS_TOPIC, getTranslation("webshop.orders.status-help")));
        add(whose, message, done, list, help, new Paragraph(WebshopComponents.routeLink("orders-back",
                Routes.WEBSHOP + "?konto=" + WebshopComponents.encode(account.accountId()),
                getTranslation("webshop.back"))));
        showOrders();
    }

    /** Shows the orders as the read model has them now; the list, for callers that wait for a change. */
    private List<OrderView> showOrders() {
        list.removeAll();
        List<OrderView> orders;
        try {
            orders = queries.orders(account.accountId());
        } catch (IllegalStateException e) {
            log.warn("Orders unavailable: {}", e.toString());
            list.add(PaymentPanel.notice("orders-unavailable", getTranslation("webshop.unavailable")));
            return List.of();
        }
        if (orders.isEmpty()) {
            list.add(PaymentPanel.notice("orders-empty", getTranslation("webshop.orders.empty")));
            return orders;
        }
        PlainTable table = WebshopComponents.table("orders-table", getTranslation("webshop.orders.number"),
                getTranslation("webshop.orders.date"), getTranslation("webshop.orders.place"),
                getTranslation("webshop.orders.total"), getTranslation("webshop.orders.status"), "");
        for (OrderView order : orders) {
            String id = "order-" + order.orderId();
            String number = WebshopTexts.orderNumber(order.orderId());
            Button show = new Button(getTranslation("webshop.orders.show"), click -> getUI().ifPresent(ui ->
                    ui.navigate(Routes.WEBSHOP_ORDER, QueryParameters.simple(
                            Map.of("konto", account.accountId(), "ordre", order.orderId())))));
            show.setId(id + "-show");
            show.getElement().setAttribute("aria-label", getTranslation("webshop.orders.show.label", number));
            HorizontalLayout actions = new HorizontalLayout(show);
            actions.setSpacing(true);
            if (Cancellation.orderCancellable(order, today())) {
                Button cancel = new Button(getTranslation("webshop.cancel"), click -> confirmCancel(order));
                cancel.setId(id + "-cancel");
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
                cancel.getElement().setAttribute("aria-label", getTranslation("webshop.orders.cancel.label", number));
                actions.add(cancel);
            }
            table.addRow(id, number, WebshopDates.date(order.placedAt()), order.placeName(),
                    DanishFormat.money(order.total()), statusCell(id, order), actions);
        }
        list.add(table);
        return orders;
    }

    /** A failed payment is explained under Hjælp's "Ordrestatus forklaringer": its status links there. */
    private Object statusCell(String rowId, OrderView order) {
        String status = WebshopTexts.status(order, this::getTranslation);
        if (order.status() != OrderStatus.PAYMENT_FAILED) {
            return status;
        }
        return WebshopComponents.routeLink(rowId + "-status-help",
                Routes.HELP + "?emne=" + WebshopTexts.STATUS_TOPIC, status);
    }

    private void confirmCancel(OrderView order) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("webshop.orders.cancel.confirm.header"),
                getTranslation("webshop.orders.cancel.confirm.text", WebshopTexts.orderNumber(order.orderId())),
                getTranslation("webshop.orders.cancel.confirm.yes"), yes -> cancel(order));
        confirm.setId("order-cancel-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("webshop.orders.cancel.confirm.no"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void cancel(OrderView order) {
        if (!sendCancellation(new CancelOrder(account.accountId(), order.orderId()))) {
            return;
        }
        PaymentPanel.showMessage(done, getTranslation("webshop.orders.cancelled",
                WebshopTexts.orderNumber(order.orderId())));
        followUntil(() -> showsCancelled(showOrders(), order.orderId()));
    }

    /** CancelOrder cancels every line that may still be cancelled: done once none is left (or the order is gone). */
    private boolean showsCancelled(List<OrderView> orders, String orderId) {
        return orders.stream().filter(o -> o.orderId().equals(orderId)).findFirst()
                .map(o -> !Cancellation.orderCancellable(o, today())).orElse(true);
    }
}
