package dk.kantinekort.api.dispute;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.StatementRowType;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A citizen disputed a statement row of an account: the row as shown (kind, reference, signed amount, when) and the
 * citizen's words, sealed with the account holder's key (personal text). {@code openedByCitizenId}: who disputed it
 * (the holder or a linked person), who is told the answer.
 */
@Revision("1")
public record DisputeOpened(String disputeId, String accountId, String openedByCitizenId, StatementRowType rowType,
                            String rowReference, Money rowAmount, Instant rowAt, SealedData text) {
}
