package dk.kantinekort.command.schoolyear;

/** Internal: a scheduled closure's date has come (sent by {@link LeaverClosings}). */
public record CloseScheduledAccount(String accountId, String closureId) {
}
