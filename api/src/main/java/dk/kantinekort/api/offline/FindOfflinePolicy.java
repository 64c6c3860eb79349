package dk.kantinekort.api.offline;

/** What a till may do offline: answers an {@link OfflinePolicy} (the cards that may not buy offline). */
public record FindOfflinePolicy() {
}
