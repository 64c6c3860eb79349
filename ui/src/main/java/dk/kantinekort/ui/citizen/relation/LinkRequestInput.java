package dk.kantinekort.ui.citizen.relation;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.Cpr;
import java.util.Optional;
import java.util.regex.Pattern;

/** What "Tilføj konto" accepts, checked before anything is sent: each problem as a bundle key. */
final class LinkRequestInput {

    private static final Pattern CPR_SHAPE = Pattern.compile("\\d{6}-?\\d{4}");

    private LinkRequestInput() {
    }

    /** Empty when the CPR number is valid; otherwise what is wrong with it. */
    static Optional<String> cprProblem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("relation.add.cpr.required");
        }
        if (!CPR_SHAPE.matcher(raw.strip()).matches()) {
            return Optional.of("relation.add.cpr.format");
        }
        return Cpr.isValid(raw) ? Optional.empty() : Optional.of("relation.add.cpr.date");
    }

    /** Empty when the card number is left out or can be one (lower case and spaces are fine). */
    static Optional<String> cardProblem(String raw) {
        return raw == null || raw.isBlank() || CardNumber.isValid(raw)
                ? Optional.empty() : Optional.of("relation.add.card.format");
    }

    /** The card number as the ledger knows it (upper case, no spaces), or null when left out. */
    static String card(String raw) {
        return raw == null || raw.isBlank() ? null : CardNumber.parse(raw).value();
    }
}
