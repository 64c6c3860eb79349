package dk.kantinekort.ui.citizen.spending;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * "Saldo over tid" on Mine Konti: the balance at the end of each of the last 30 days as a line, with the same numbers in
 * a table beside it for screen readers and for reading off.
 */
public class BalanceDialog extends Dialog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public BalanceDialog(String forWhom, Optional<BalanceOverTime> history) {
        setId("balance-dialog");
        setHeaderTitle(getTranslation("balance.title", forWhom));
        if (history.isEmpty()) {
            Paragraph unavailable = new Paragraph(getTranslation("balance.unavailable"));
            unavailable.setId("balance-unavailable");
            add(unavailable);
        } else {
            List<BalanceOverTime.Day> days = history.get().days();
            Div chart = new Div(new Html("<div class=\"balance-chart\">" + BalanceChartSvg.of(days,
                    DAY.format(days.get(0).day()), DAY.format(days.get(days.size() - 1).day())) + "</div>"));
            chart.setId("balance-chart");
            add(chart, table(days));
        }
        Button close = new Button(getTranslation("balance.close"), click -> close());
        close.setId("balance-close");
        getFooter().add(close);
    }

    private NativeTable table(List<BalanceOverTime.Day> days) {
        NativeTable table = new NativeTable();
        table.setId("balance-table");
        table.setCaptionText(getTranslation("balance.caption"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("balance.column.day"));
        head.addHeaderCell().setText(getTranslation("balance.column.balance"));
        for (int i = days.size() - 1; i >= 0; i--) { // the newest day first, as the statement
            BalanceOverTime.Day day = days.get(i);
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(DAY.format(day.day()));
            row.addDataCell().setText(SpendingPanel.kroner(day.ore()));
        }
        return table;
    }
}
