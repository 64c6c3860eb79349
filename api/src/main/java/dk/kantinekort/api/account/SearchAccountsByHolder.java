package dk.kantinekort.api.account;

/**
 * Staff support look-up (F16): accounts whose holder's name contains {@code text} (case ignored), ordered by
 * holder name, at most {@code limit}. Answers a list of {@link AccountSummary}.
 */
public record SearchAccountsByHolder(String text, int limit) {
}
