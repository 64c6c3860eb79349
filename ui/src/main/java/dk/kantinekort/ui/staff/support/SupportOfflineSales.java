package dk.kantinekort.ui.staff.support;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.ListOfflineSales;
import dk.kantinekort.api.offline.OfflineSaleFlag;
import dk.kantinekort.api.offline.OfflineSaleView;
import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.shell.format.AccountNames;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Support's view of an account's offline sales (issue 20): the open offline debt and every offline sale with when
 * it was sold and booked, where, the amount, the balance it left and what the ledger flagged for staff.
 */
class SupportOfflineSales extends Div {

    private final StaffQueries queries;

    SupportOfflineSales(StaffQueries queries) {
        this.queries = queries;
        setId("support-offline");
    }

    void showFor(AccountSummary account, String holder) {
        removeAll();
        add(new H3(getTranslation("backoffice.support.offline-title", holder,
                AccountNames.of(account, this::getTranslation))));
        Paragraph debt = new Paragraph(account.balance().isNegative()
                ? getTranslation("backoffice.support.offline-debt", DanishFormat.money(Money.ZERO.minus(account.balance())))
                : getTranslation("backoffice.support.offline-no-debt"));
        debt.setId("support-offline-debt");
        add(debt);
        List<OfflineSaleView> sales = queries.list(new ListOfflineSales(account.accountId()), OfflineSaleView.class);
        if (sales.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("backoffice.support.no-offline"));
            nothing.setId("support-no-offline");
            add(nothing);
            return;
        }
        PlainTable table = new PlainTable("support-offline-table", getTranslation("backoffice.support.column.sold-at"),
                getTranslation("backoffice.support.column.booked-at"), getTranslation("backoffice.support.column.place"),
                getTranslation("backoffice.column.amount"), getTranslation("backoffice.support.column.balance-after"),
                getTranslation("backoffice.support.column.flags"));
        int i = 0;
        for (OfflineSaleView sale : sales) {
            table.addRow("support-offline-" + i++, StaffDates.dateTime(sale.soldAt()), StaffDates.dateTime(sale.bookedAt()),
                    sale.placeName(), DanishFormat.money(sale.total()), DanishFormat.money(sale.balanceAfter()),
                    flags(sale));
        }
        add(table);
    }

    private String flags(OfflineSaleView sale) {
        return sale.flags().stream().sorted().map(OfflineSaleFlag::name)
                .map(name -> getTranslation("offline.flag." + name)).collect(Collectors.joining(", "));
    }
}
