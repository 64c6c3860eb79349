package dk.kantinekort.api.tempcard;

import dk.kantinekort.api.card.CardNumber;
import org.axonframework.serialization.Revision;

/** The temporary card ended before its time: tills decline it {@code TEMPORARY_CARD_REVOKED} from now on. */
@Revision("1")
public record TemporaryCardRevoked(String accountId, CardNumber temporaryCardId, TemporaryCardEnd cause) {
}
