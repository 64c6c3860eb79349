package dk.kantinekort.api.tempcard;

import dk.kantinekort.api.card.CardNumber;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The account got a temporary card: tills accept its signed code in place of the card number until
 * {@code expiresAt}, unless it ends earlier ({@link TemporaryCardRevoked}). Only the id is recorded, never the
 * signature (decision record 21).
 */
@Revision("1")
public record TemporaryCardIssued(String accountId, CardNumber temporaryCardId, Instant expiresAt) {
}
