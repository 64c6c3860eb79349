package dk.kantinekort.api.notice;

import org.axonframework.serialization.Revision;

/** A citizen gets no more notices about the card account. */
@Revision("1")
public record NoticesStopped(String accountId, String citizenId) {
}
