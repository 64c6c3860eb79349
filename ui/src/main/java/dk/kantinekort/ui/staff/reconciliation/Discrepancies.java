package dk.kantinekort.ui.staff.reconciliation;

import dk.kantinekort.ui.staff.session.StaffQueries;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ListPaymentDiscrepancies;
import dk.kantinekort.api.payment.PaymentDiscrepancyView;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reconciliation's findings with the account holder's name; one look-up per account, not per row. */
class Discrepancies {

    record Row(Instant foundAt, String holderName, String paymentId, Money expected, Money charged,
               String description) {
    }

    private final StaffQueries queries;

    Discrepancies(StaffQueries queries) {
        this.queries = queries;
    }

    /** Newest first; throws IllegalStateException when the read side is away. */
    List<Row> all() {
        Map<String, String> holders = new HashMap<>();
        return queries.list(new ListPaymentDiscrepancies(), PaymentDiscrepancyView.class).stream()
                .map(d -> new Row(d.foundAt(), d.accountId() == null ? "" : holders.computeIfAbsent(d.accountId(),
                        id -> queries.account(id).map(AccountSummary::holderName).orElse("")),
                        d.paymentId(), d.expected(), d.charged(), d.description()))
                .toList();
    }
}
