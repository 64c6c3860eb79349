package dk.kantinekort.ui.citizen.webshop;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.citizen.payment.PaymentPanel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import dk.kantinekort.ui.shell.Routes;

/** The small pieces the webshop pages share: routes, tables, confirmations, links (notices and messages: PaymentPanel). */
final class WebshopComponents {

    private WebshopComponents() {
    }

    /** A table across the page with column headings; rows are added with {@link PlainTable#addRow}. */
    static PlainTable table(String id, String... headings) {
        return new PlainTable(id, headings).acrossPage();
    }

    /** A confirmation, read out politely. */
    static Paragraph status(String id) {
        Paragraph status = new Paragraph();
        status.setId(id);
        status.getElement().setAttribute("role", "status");
        status.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.SUCCESS);
        status.setVisible(false);
        return status;
    }

    /** An in-app link the router follows without reloading the page. */
    static Anchor routeLink(String id, String location, String text) {
        Anchor link = PaymentPanel.routeLink(location, text);
        link.setId(id);
        return link;
    }

    static String ordersLocation(String accountId) {
        return Routes.WEBSHOP_ORDERS + "?konto=" + encode(accountId);
    }

    static String orderLocation(String accountId, String orderId) {
        return Routes.WEBSHOP_ORDER + "?konto=" + encode(accountId) + "&ordre=" + encode(orderId);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
