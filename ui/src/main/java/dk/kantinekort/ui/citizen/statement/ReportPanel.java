package dk.kantinekort.ui.citizen.statement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Kontoudtog on screen: a real HTML table (caption, column headers), which screen readers announce and
 * browsers print as it is; each purchase's lines are rows of their own beneath it, as in the guide.
 */
class ReportPanel extends Section {

    private static final String MUTED = "var(--lumo-secondary-text-color)";

    private final H3 heading;

    ReportPanel(StatementReport report) {
        this(report, reference -> Optional.empty());
    }

    /**
     * @param rowExtra what else a row shows beneath it, by the row's reference (e.g. Indsigelse's button or state);
     *                 kept out of this panel so features add to the statement without changing how it is drawn
     */
    ReportPanel(StatementReport report, Function<String, Optional<Component>> rowExtra) {
        setId("statement-report");
        H3 heading = new H3(report.heading());
        heading.setId("statement-report-heading");
        heading.getElement().setAttribute("tabindex", "-1"); // the view moves focus here after "Vis rapport"
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Paragraph account = new Paragraph(report.accountLine());
        account.setId("statement-account");
        Paragraph period = new Paragraph(report.periodLine());
        period.setId("statement-period");
        add(heading, account, period, balance(report.opening(), "statement-opening"), entries(report, rowExtra),
                balance(report.closing(), "statement-closing"));
        if (!report.declines().isEmpty()) {
            add(declines(report.declines()));
        }
        this.heading = heading;
    }

    /** Takes keyboard and screen-reader focus to the report, so it is read out after the button press. */
    void focusHeading() {
        heading.getElement().callJsFunction("focus");
    }

    private static Paragraph balance(StatementReport.Balance balance, String id) {
        Span amount = new Span(ReportFormat.money(balance.ore()));
        amount.getStyle().set("font-weight", "600");
        Paragraph line = new Paragraph(new Span(balance.label() + ": "), amount);
        line.setId(id);
        return line;
    }

    private static NativeTable entries(StatementReport report, Function<String, Optional<Component>> rowExtra) {
        NativeTable table = table("statement-rows");
        table.setCaptionText(report.heading() + " – " + report.periodLine());
        table.getCaption().getStyle().set("position", "absolute").set("clip-path", "inset(50%)") // for screen readers
                .set("width", "1px").set("height", "1px").set("overflow", "hidden");
        StatementReport.Columns columns = report.columns();
        headerRow(table.getHead().addRow(), columns.date(), columns.type(), columns.amount(), columns.balance());
        NativeTableBody body = table.getBody();
        if (report.entries().isEmpty()) {
            NativeTableCell empty = body.addRow().addDataCell();
            empty.setText(report.emptyText());
            empty.setColspan(4);
            empty.setId("statement-empty");
        }
        for (StatementReport.Entry entry : report.entries()) {
            NativeTableRow row = body.addRow();
            row.addClassName("statement-entry");
            row.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)"); // one group per movement
            cell(row, ReportFormat.dateTime(entry.at()), false);
            cell(row, entry.type(), false);
            cell(row, ReportFormat.money(entry.amountOre()), true);
            cell(row, ReportFormat.money(entry.balanceOre()), true);
            if (!entry.description().isEmpty()) {
                detailRow(body, entry.description(), "statement-description");
            }
            for (StatementReport.Line line : entry.lines()) {
                detailRow(body, ReportFormat.line(line), "statement-line");
            }
            if (entry.reference() != null) {
                rowExtra.apply(entry.reference()).ifPresent(extra -> detailRow(body, extra, "statement-extra"));
            }
        }
        return table;
    }

    /** A line beneath a row, in the Type column and spanning to the end, as the guide shows purchase lines. */
    private static void detailRow(NativeTableBody body, String text, String className) {
        detailCell(body, className).setText(text);
    }

    private static void detailRow(NativeTableBody body, Component content, String className) {
        detailCell(body, className).add(content);
    }

    private static NativeTableCell detailCell(NativeTableBody body, String className) {
        NativeTableRow row = body.addRow();
        row.addClassName(className);
        row.addDataCell();
        NativeTableCell cell = row.addDataCell();
        cell.setColspan(3);
        cell.getStyle().set("color", MUTED).set("font-size", "var(--lumo-font-size-s)")
                .set("padding", "0 var(--lumo-space-xs) var(--lumo-space-xs)");
        return cell;
    }

    private static Component declines(StatementReport.Declines declines) {
        Section section = new Section();
        section.setId("statement-declines");
        H4 heading = spaced(new H4(declines.heading()));
        NativeTable table = table("statement-declined-rows");
        headerRow(table.getHead().addRow(), declines.dateLabel(), declines.placeLabel(), declines.reasonLabel());
        for (StatementReport.Decline attempt : declines.attempts()) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("statement-decline");
            cell(row, ReportFormat.dateTime(attempt.at()), false);
            cell(row, attempt.place(), false);
            cell(row, attempt.reason(), false);
        }
        H4 adviceHeading = spaced(new H4(declines.adviceHeading()));
        UnorderedList advice = new UnorderedList();
        advice.setId("statement-advice");
        for (StatementReport.Advice item : declines.advice()) {
            Span reason = new Span(item.reason() + ": ");
            reason.getStyle().set("font-weight", "600");
            advice.add(new ListItem(reason, new Span(item.advice())));
        }
        section.add(heading, table, adviceHeading, advice);
        return section;
    }

    private static H4 spaced(H4 heading) {
        heading.getStyle().set("margin", "var(--lumo-space-l) 0 var(--lumo-space-s)");
        return heading;
    }

    private static NativeTable table(String id) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.getStyle().set("border-collapse", "collapse").set("width", "100%").set("max-width", "48rem");
        return table;
    }

    private static void headerRow(NativeTableRow row, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            NativeTableHeaderCell cell = row.addHeaderCell();
            cell.setText(labels[i]);
            cell.getElement().setAttribute("scope", "col");
            boolean amount = labels.length == 4 && i >= 2;
            cell.getStyle().set("text-align", amount ? "end" : "start").set("padding", "var(--lumo-space-xs)")
                    .set("border-bottom", "1px solid var(--lumo-contrast-30pct)");
        }
    }

    private static void cell(NativeTableRow row, String text, boolean amount) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        cell.getStyle().set("padding", "var(--lumo-space-xs)").set("vertical-align", "top");
        if (amount) {
            cell.getStyle().set("text-align", "end").set("white-space", "nowrap");
        }
    }
}
