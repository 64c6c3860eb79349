package dk.kantinekort.ui.citizen.spending;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.util.List;

/**
 * Forbrug on Kontoudskrift: spending per week and per place as bar charts (SVG written on the server), each with the
 * same numbers in a table beside it for screen readers and for reading off.
 */
public class SpendingPanel extends Section {

    public SpendingPanel(List<StatementRow> rows) {
        setId("spending");
        Spending spending = Spending.of(rows, getTranslation("spending.unknown-place"));
        add(new H4(getTranslation("spending.chart.title")));
        if (spending.isEmpty()) {
            Div none = new Div();
            none.setText(getTranslation("spending.none"));
            none.setId("spending-none");
            add(none);
            return;
        }
        add(chart("spending-week", getTranslation("spending.per-week"), getTranslation("spending.column.week"),
                spending.perWeek()));
        add(chart("spending-place", getTranslation("spending.per-place"), getTranslation("spending.column.place"),
                spending.perPlace()));
        if (!spending.perCategory().isEmpty()) { // once the tills send categories (or the catalogue gives them)
            add(chart("spending-category", getTranslation("spending.per-category"),
                    getTranslation("spending.column.category"), spending.perCategory().stream()
                            .map(bar -> new Spending.Bar(getTranslation("spending.category." + bar.label()), bar.ore()))
                            .toList()));
        }
    }

    private Div chart(String id, String heading, String labelColumn, List<Spending.Bar> bars) {
        Html svg = new Html("<div class=\"spending-chart\">" + BarChartSvg.of(bars) + "</div>");
        NativeTable table = new NativeTable();
        table.setId(id + "-table");
        table.setCaptionText(heading);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(labelColumn);
        head.addHeaderCell().setText(getTranslation("spending.column.amount"));
        for (Spending.Bar bar : bars) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(bar.label());
            row.addDataCell().setText(kroner(bar.ore()));
        }
        Div box = new Div(svg, table);
        box.setId(id);
        box.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start").set("margin-bottom", "var(--lumo-space-m)");
        return box;
    }

    static String kroner(long ore) {
        return DanishFormat.money(Money.ofOre(ore));
    }
}
