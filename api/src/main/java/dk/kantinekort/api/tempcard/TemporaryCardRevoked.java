package dk.kantinekort.api.tempcard;

import dk.kantinekort.api.card.CardNumber;

/** The temporary card ended before its time: tills decline it {@code TEMPORARY_CARD_REVOKED} from now on. */
public record TemporaryCardRevoked(String accountId, CardNumber temporaryCardId, TemporaryCardEnd cause) {
}
