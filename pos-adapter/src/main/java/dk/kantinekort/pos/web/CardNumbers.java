package dk.kantinekort.pos.web;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.pos.problem.PosProblem;

/** Card numbers from requests: a malformed one is a 400 naming the field, never echoing the value. */
public final class CardNumbers {

    private CardNumbers() {
    }

    public static CardNumber parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw PosProblem.invalid(field + " is required");
        }
        if (raw.length() > 64 || !CardNumber.isValid(raw)) {
            throw PosProblem.invalid(field + " must be 6 to 20 digits or letters");
        }
        return CardNumber.parse(raw);
    }
}
