package dk.kantinekort.api.account;

/**
 * Staff support look-up (F16, the guide's "navn, fødselsdato og kortnummer"): accounts whose holder was born on
 * {@code ddmmyy} (the first six digits of the CPR number, the part the portal shows), ordered by holder name, at
 * most {@code limit}. Answers a list of {@link AccountSummary}.
 */
public record SearchAccountsByBirthDate(String ddmmyy, int limit) {
}
