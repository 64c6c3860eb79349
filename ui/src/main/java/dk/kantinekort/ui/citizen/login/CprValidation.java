package dk.kantinekort.ui.citizen.login;

import dk.kantinekort.api.citizen.Cpr;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What is wrong with a typed CPR number, as the key of a message for the field: missing, not ten digits
 * (hyphen allowed), or not a date. {@link Cpr#parse} has the last word.
 */
final class CprValidation {

    static final String REQUIRED = "cpr.error.required";
    static final String FORMAT = "cpr.error.format";
    static final String DATE = "cpr.error.date";

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{6}-?\\d{4}");

    private CprValidation() {
    }

    /** The message key of the problem, or empty when the number can be used. */
    static Optional<String> problem(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return Optional.of(REQUIRED);
        }
        if (!TEN_DIGITS.matcher(value).matches()) {
            return Optional.of(FORMAT);
        }
        return Cpr.isValid(value) ? Optional.empty() : Optional.of(DATE);
    }
}
