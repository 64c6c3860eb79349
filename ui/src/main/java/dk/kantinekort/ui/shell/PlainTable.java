package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain table of a staff list: a header row and one row per item, each row with an id so tests and
 * assistive technology find it. Cells are text or components (buttons).
 */
public class PlainTable extends NativeTable {

    private final NativeTableBody body;
    private final List<NativeTableHeaderCell> headings = new ArrayList<>();

    public PlainTable(String id, String... headings) {
        setId(id);
        addClassName("staff-table");
        NativeTableRow header = getHead().addRow();
        for (String heading : headings) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(heading);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
            this.headings.add(cell);
        }
        body = getBody();
    }

    /** Across the width of the page, each heading at the start like the text of its column (a citizen's page). */
    public PlainTable acrossPage() {
        setWidthFull();
        headings.forEach(cell -> cell.getStyle().set("text-align", "start"));
        return this;
    }

    public void clearRows() {
        body.removeAllRows();
    }

    /** Adds a row; each cell is a String (shown as text) or a Component. */
    public NativeTableRow addRow(String id, Object... cells) {
        NativeTableRow row = body.addRow();
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

    public boolean isEmpty() {
        return body.getRowCount() == 0;
    }
}
