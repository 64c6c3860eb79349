package dk.kantinekort.ui.citizen.webshop;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.webshop.CancelOrderLines;
import dk.kantinekort.api.webshop.DeliveryView;
import dk.kantinekort.api.webshop.OrderLineView;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.api.webshop.OrderView;
import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.citizen.payment.PaymentPanel;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.LinkParameter;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import dk.kantinekort.ui.shell.Routes;

/**
 * "Vis": one order ({@code webshop/ordre?konto=<accountId>&ordre=<orderId>}) with its lines, which deliveries are
 * paid (with each charged delivery's card fee) and when the next is charged, why a charge failed with the guide's advice, and the red "Annuller" of each
 * line until its delivery date. An order that is not the account's, or an account not the citizen's, shows a
 * neutral notice and nothing of the order.
 */
@Route(value = Routes.WEBSHOP_ORDER, layout = MainLayout.class)
@PermitAll
public class OrderDetailsView extends OrderPage {

    private static final Logger log = LoggerFactory.getLogger(OrderDetailsView.class);

    private final Div content = new Div();
    private String accountId;
    private String orderId;

    @Autowired
    OrderDetailsView(AccountSelection selection, WebshopQueries queries, PortalCommands commands,
                     CurrentCitizen currentCitizen, Branding branding, ObjectProvider<Clock> clock) {
        super("webshop-order", "webshop.order.title", "order", selection, queries, commands, currentCitizen,
                branding, clock);
        content.setId("order-content");
        content.setWidthFull();
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        Optional<String> account = LinkParameter.first(p, "konto");
        Optional<String> order = LinkParameter.first(p, "ordre");
        try {
            Optional<AccountSummary> allowed = account.flatMap(selection::accessible);
            if (allowed.isEmpty() || order.isEmpty()) {
                add(notAvailable());
                return;
            }
            accountId = allowed.get().accountId();
            orderId = order.get();
        } catch (IllegalStateException e) {
            add(PaymentPanel.notice("order-unavailable", getTranslation("webshop.unavailable")));
            return;
        }
        add(message, done, content, new Paragraph(WebshopComponents.routeLink("order-back",
                WebshopComponents.ordersLocation(accountId), getTranslation("webshop.order.back"))));
        show();
    }

    private Paragraph notAvailable() {
        return PaymentPanel.notice("order-not-available", getTranslation("webshop.order.not-available"));
    }

    /** Shows the order as the read model has it now; empty when it cannot be shown. */
    private Optional<OrderView> show() {
        content.removeAll();
        Optional<OrderView> found;
        try {
            found = queries.order(accountId, orderId);
        } catch (IllegalStateException e) {
            log.warn("Order unavailable: {}", e.toString());
            content.add(PaymentPanel.notice("order-unavailable", getTranslation("webshop.unavailable")));
            return Optional.empty();
        }
        if (found.isEmpty()) {
            content.add(notAvailable());
            return found;
        }
        OrderView order = found.get();
        content.add(summary(order));
        if (order.status() == OrderStatus.AWAITING_PAYMENT_DETAILS) {
            Paragraph waiting = new Paragraph(getTranslation("webshop.order.awaiting-details"));
            waiting.setId("order-awaiting-details");
            content.add(waiting);
        }
        if (order.status() == OrderStatus.PAYMENT_FAILED) {
            content.add(failureBox(order));
        }
        content.add(lines(order));
        return found;
    }

    private Div summary(OrderView order) {
        Div summary = new Div();
        summary.setId("order-summary");
        summary.add(fact("order-number", getTranslation("webshop.orders.number"), WebshopTexts.orderNumber(order.orderId())),
                fact("order-date", getTranslation("webshop.orders.date"), WebshopDates.date(order.placedAt())),
                fact("order-place", getTranslation("webshop.orders.place"), order.placeName()),
                fact("order-payment", getTranslation("webshop.payment"), paymentText(order)),
                fact("order-total", getTranslation("webshop.orders.total"), DanishFormat.money(order.total())),
                fact("order-status", getTranslation("webshop.orders.status"),
                        WebshopTexts.status(order, this::getTranslation)));
        if (order.payment() == OrderPayment.PAYMENT_CARD && order.deliveries() > 0
                && order.status() != OrderStatus.AWAITING_PAYMENT_DETAILS) {
            List<DeliveryView> days = order.deliveryDays() == null ? List.of() : order.deliveryDays();
            String paidDates = days.stream().filter(d -> d.state() == DeliveryView.State.PAID)
                    .map(d -> WebshopDates.date(d.deliveryDate())).collect(Collectors.joining(", "));
            summary.add(fact("order-paid-deliveries", getTranslation("webshop.order.paid-deliveries"),
                    getTranslation("webshop.order.paid-of", order.paidDeliveries(), order.deliveries())
                            + (paidDates.isEmpty() ? "" : " (" + paidDates + ")")));
            // each charged delivery's card fee and what was taken from the card in all
            days.stream().filter(d -> d.state() == DeliveryView.State.PAID && d.fee() != null && d.fee().isPositive())
                    .forEach(d -> summary.add(fact("order-fee-" + d.deliveryDate(),
                            getTranslation("webshop.order.fee", WebshopDates.date(d.deliveryDate())),
                            getTranslation("webshop.order.fee.value", DanishFormat.money(d.fee()),
                                    DanishFormat.money(d.amount().plus(d.fee()))))));
        }
        if (order.nextChargeAt() != null) {
            summary.add(fact("order-next-charge", getTranslation("webshop.order.next-charge"),
                    WebshopDates.date(order.nextChargeAt())));
        }
        return summary;
    }

    private String paymentText(OrderView order) {
        String how = getTranslation("webshop.payment." + order.payment().name());
        return order.maskedPan() == null || order.maskedPan().isBlank() ? how : how + " " + order.maskedPan();
    }

    private Paragraph fact(String id, String label, String value) {
        Paragraph fact = new Paragraph(label + ": " + (value == null ? "" : value));
        fact.setId(id);
        fact.addClassName(LumoUtility.Margin.Vertical.XSMALL);
        return fact;
    }

    /** The reason in words, the guide's advice for it and the Hjælp topic on unpaid orders. */
    private Div failureBox(OrderView order) {
        Div box = new Div();
        box.setId("order-failure");
        box.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.ERROR_10);
        if (order.failure() != null) {
            Paragraph reason = new Paragraph(getTranslation(WebshopTexts.failureKey(order.payment(), order.failure())));
            reason.setId("order-failure-reason");
            reason.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            UnorderedList advice = new UnorderedList();
            advice.setId("order-failure-advice");
            WebshopTexts.adviceKeys(order.payment(), order.failure())
                    .forEach(key -> advice.add(new ListItem(getTranslation(key))));
            box.add(reason, advice);
        }
        box.add(new Paragraph(WebshopComponents.routeLink("order-failure-help",
                Routes.HELP + "?emne=" + WebshopTexts.NOT_PAID_TOPIC, getTranslation("webshop.order.not-paid-help"))));
        return box;
    }

    private Div lines(OrderView order) {
        Div section = new Div();
        section.add(new H3(getTranslation("webshop.order.lines")));
        LocalDate today = today();
        PlainTable table = WebshopComponents.table("order-lines", getTranslation("webshop.basket.product"),
                getTranslation("webshop.order.delivery-date"), getTranslation("webshop.quantity"),
                getTranslation("webshop.basket.amount"), getTranslation("webshop.orders.status"), "");
        Map<LocalDate, DeliveryView> days = order.deliveryDays() == null ? Map.of()
                : order.deliveryDays().stream().collect(Collectors.toMap(DeliveryView::deliveryDate, d -> d, (a, b) -> a));
        for (OrderLineView line : order.lines()) {
            String id = "line-" + line.lineId();
            Paragraph state = new Paragraph(lineState(order, line, days.get(line.deliveryDate())));
            state.setId(id + "-state");
            state.addClassName(LumoUtility.Margin.NONE);
            Div action = new Div();
            if (Cancellation.lineCancellable(order, line, today)) {
                Button cancel = new Button(getTranslation("webshop.cancel"), click -> cancelLine(line));
                cancel.setId(id + "-cancel");
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
                cancel.setDisableOnClick(true);
                cancel.getElement().setAttribute("aria-label", getTranslation("webshop.order.cancel-line.label",
                        line.name(), WebshopDates.date(line.deliveryDate())));
                action.add(cancel);
            }
            table.addRow(id, line.name(), WebshopDates.date(line.deliveryDate()),
                    String.valueOf(line.quantity()), DanishFormat.money(line.amount()), state, action);
        }
        section.add(table);
        return section;
    }

    private String lineState(OrderView order, OrderLineView line, DeliveryView day) {
        if (line.cancelled()) {
            return getTranslation("webshop.line.cancelled");
        }
        if (line.paid()) {
            return getTranslation("webshop.line.paid");
        }
        if (day != null && day.state() == DeliveryView.State.FAILED) {
            return getTranslation("webshop.line.failed");
        }
        if (order.status() == OrderStatus.AWAITING_PAYMENT_DETAILS) {
            return getTranslation("webshop.line.awaiting-details");
        }
        if (day != null && day.chargeAt() != null) {
            return getTranslation("webshop.line.charged-on", WebshopDates.date(day.chargeAt()));
        }
        return getTranslation("webshop.line.not-paid");
    }

    private void cancelLine(OrderLineView line) {
        if (!sendCancellation(new CancelOrderLines(accountId, orderId, List.of(line.lineId())))) {
            show();
            return;
        }
        PaymentPanel.showMessage(done, getTranslation("webshop.order.line-cancelled", line.name(),
                WebshopDates.date(line.deliveryDate())));
        followUntil(() -> showsCancelled(show(), line.lineId()));
    }

    private static boolean showsCancelled(Optional<OrderView> order, String lineId) {
        return order.map(o -> o.lines().stream().filter(l -> l.lineId().equals(lineId))
                .allMatch(OrderLineView::cancelled)).orElse(true);
    }
}
