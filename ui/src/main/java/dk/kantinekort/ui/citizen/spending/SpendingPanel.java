package dk.kantinekort.ui.citizen.spending;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
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
        addClassName("spending");
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
        table.addClassName("spending-table");
        table.setCaptionText(heading); // read by screen readers with the table; the heading above shows it
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(labelColumn);
        head.addHeaderCell().setText(getTranslation("spending.column.amount"));
        for (Spending.Bar bar : bars) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(bar.label());
            row.addDataCell().setText(kroner(bar.ore()));
        }
        H5 title = new H5(heading);
        title.getElement().setAttribute("aria-hidden", "true"); // the table's caption says it once
        Div figures = new Div(svg, table);
        figures.addClassName("spending-figures");
        Div box = new Div(title, figures);
        box.setId(id);
        box.addClassName("spending-block");
        return box;
    }

    static String kroner(long ore) {
        return DanishFormat.money(Money.ofOre(ore));
    }
}
