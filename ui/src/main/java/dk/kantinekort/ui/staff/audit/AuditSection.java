package dk.kantinekort.ui.staff.audit;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.audit.FoldInconsistency;
import dk.kantinekort.ui.shell.PlainTable;
import java.util.List;

/** One part of Revision: a section named by its heading, with a status line of its own for what just happened. */
abstract class AuditSection extends Section {

    protected final Paragraph status = new Paragraph();

    AuditSection(String id, String titleKey) {
        setId(id);
        addClassName(LumoUtility.Margin.Bottom.XLARGE);
        H3 heading = new H3(getTranslation(titleKey));
        heading.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", id + "-title");
        status.setId(id + "-message");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        add(heading, status);
    }

    /** Shows a text in this section's status line: green when good news, red when not, plain otherwise. */
    protected void say(String text, Boolean good) {
        status.setText(text);
        status.setClassName(LumoUtility.TextColor.SUCCESS, Boolean.TRUE.equals(good));
        status.setClassName(LumoUtility.TextColor.ERROR, Boolean.FALSE.equals(good));
        status.setVisible(true);
    }

    protected void sayUnavailable() {
        say(getTranslation("backoffice.unavailable"), false);
    }

    protected void quiet() {
        status.setVisible(false);
    }

    /** Events whose stated balance is not the balance before plus their amount, each with both numbers. */
    protected PlainTable inconsistencyTable(String id, List<FoldInconsistency> inconsistencies) {
        PlainTable table = new PlainTable(id, getTranslation("backoffice.revision.column.account"),
                getTranslation("backoffice.revision.column.sequence"), getTranslation("backoffice.revision.column.type"),
                getTranslation("backoffice.revision.column.balance-before"),
                getTranslation("backoffice.revision.column.amount"),
                getTranslation("backoffice.revision.column.expected-after"),
                getTranslation("backoffice.revision.column.stated-after"));
        for (FoldInconsistency wrong : inconsistencies) {
            table.addRow(id + "-" + wrong.accountId() + "-" + wrong.sequenceNumber(), wrong.accountId(),
                    String.valueOf(wrong.sequenceNumber()), wrong.type(), AuditFormat.money(wrong.balanceBefore()),
                    wrong.signedAmount() == null ? getTranslation("backoffice.revision.unknown-movement")
                            : AuditFormat.money(wrong.signedAmount()),
                    AuditFormat.money(wrong.expectedBalanceAfter()), AuditFormat.money(wrong.statedBalanceAfter()));
        }
        return table;
    }
}
