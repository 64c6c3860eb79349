package dk.kantinekort.api.dispute;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.StatementRowType;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Indsigelse: the citizen disputes a Kontoudskrift row of an account they may act on, in their own words. One case per
 * row ({@link #idFor}): opening it again answers the case already open. The row travels as the statement showed it.
 */
public record OpenDispute(@TargetAggregateIdentifier String disputeId, String accountId, String rowReference,
                          StatementRowType rowType, Money rowAmount, Instant rowAt, String text)
        implements AccountScoped {

    /** The case id of a statement row: one case per row of an account. */
    public static String idFor(String accountId, String rowReference) {
        return "dispute:" + accountId + ":" + rowReference;
    }
}
