package dk.kantinekort.api.card;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number printed on the back of a canteen card: digits and capital letters, 6 to 20 of them.
 * Input is normalised the way citizens type it: lower case is upper-cased, spaces are ignored.
 */
public record CardNumber(String value) {

    private static final Pattern VALID = Pattern.compile("[0-9A-Z]{6,20}");
    /** Compiled once: every card number read from a till, the store or a page goes through it. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public CardNumber {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("A card number has 6 to 20 digits or letters");
        }
    }

    /** Normalises what a person or a till typed; throws IllegalArgumentException when it cannot be a card number. */
    @JsonCreator
    public static CardNumber parse(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("A card number is required");
        }
        return new CardNumber(normalised(raw));
    }

    public static boolean isValid(String raw) {
        return raw != null && VALID.matcher(normalised(raw)).matches();
    }

    private static String normalised(String raw) {
        return WHITESPACE.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The last four characters, the only part that may appear in logs. */
    public String masked() {
        return "…" + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
