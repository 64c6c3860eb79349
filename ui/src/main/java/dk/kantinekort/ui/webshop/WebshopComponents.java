package dk.kantinekort.ui.webshop;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The small pieces the webshop pages share: notices, messages next to buttons, tables, links. */
final class WebshopComponents {

    static final String SHOP_ROUTE = "webshop";
    static final String ORDERS_ROUTE = "webshop/ordrer";
    static final String ORDER_ROUTE = "webshop/ordre";
    static final String RETURN_ROUTE = "webshop/betaling";

    private WebshopComponents() {
    }

    /** A notice about the page (no account, not available), read out when it appears. */
    static Paragraph notice(String id, String text) {
        Paragraph notice = new Paragraph(text);
        notice.setId(id);
        notice.getElement().setAttribute("role", "status");
        notice.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM);
        return notice;
    }

    /** A message next to a button (a refusal), hidden until there is something to say. */
    static Paragraph message(String id) {
        Paragraph message = new Paragraph();
        message.setId(id);
        message.getElement().setAttribute("role", "alert");
        message.addClassName(LumoUtility.TextColor.ERROR);
        message.setVisible(false);
        return message;
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

    static void show(Paragraph paragraph, String text) {
        paragraph.setText(text == null ? "" : text);
        paragraph.setVisible(text != null && !text.isEmpty());
    }

    /** A table with column headings; rows are added with {@link #row}. */
    static NativeTable table(String id, String... headings) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.setWidthFull();
        NativeTableRow header = table.getHead().addRow();
        for (String heading : headings) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(heading);
            cell.getElement().setAttribute("scope", "col");
            cell.getStyle().set("text-align", "start");
            header.add(cell);
        }
        return table;
    }

    /** A row with an id; each cell a String or a Component. */
    static NativeTableRow row(NativeTable table, String id, Object... cells) {
        NativeTableRow row = table.getBody().addRow();
        row.setId(id);
        for (Object cell : cells) {
            NativeTableCell td = new NativeTableCell();
            if (cell instanceof Component component) {
                td.add(component);
            } else {
                td.add(new Text(cell == null ? "" : cell.toString()));
            }
            row.add(td);
        }
        return row;
    }

    /** An in-app link the router follows without reloading the page. */
    static Anchor routeLink(String id, String location, String text) {
        Anchor link = new Anchor(location, text);
        link.setId(id);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    static String ordersLocation(String accountId) {
        return ORDERS_ROUTE + "?konto=" + encode(accountId);
    }

    static String orderLocation(String accountId, String orderId) {
        return ORDER_ROUTE + "?konto=" + encode(accountId) + "&ordre=" + encode(orderId);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
