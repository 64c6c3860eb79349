package dk.kantinekort.api.tempcard;

import dk.kantinekort.api.card.CardNumber;
import java.util.regex.Pattern;

/**
 * The code of a temporary card (decision record 21): {@code MK}, the card's 8-digit id and a 10-digit signature
 * (HMAC of id and account with the scheme's secret), 20 characters, so a till sends it where it sends a card
 * number and the QR code holds exactly it. Only the id ({@code MK} + 8 digits, a valid {@link CardNumber}) is kept in
 * events and in the card directory; the signature is derived again from the secret whenever it is needed.
 */
public final class TemporaryCardCode {

    /** What every temporary card's id and code start with. */
    public static final String PREFIX = "MK";
    private static final Pattern ID = Pattern.compile("MK[0-9]{8}");
    private static final Pattern CODE = Pattern.compile("MK[0-9]{18}");

    private TemporaryCardCode() {
    }

    /** Whether a number a till sent has the shape of a temporary card's code (not whether it is valid). */
    public static boolean isCode(CardNumber number) {
        return number != null && CODE.matcher(number.value()).matches();
    }

    /** Whether a number is the id of a temporary card (as purchases made with one record it). */
    public static boolean isId(CardNumber number) {
        return number != null && isId(number.value());
    }

    public static boolean isId(String number) {
        return number != null && ID.matcher(number).matches();
    }

    /** Whether a number could be mistaken for a temporary card's id or code: refused as a card number. */
    public static boolean isReserved(CardNumber number) {
        return isId(number) || isCode(number);
    }

    /** The id part of a code. */
    public static CardNumber idOf(CardNumber code) {
        return new CardNumber(code.value().substring(0, 10));
    }

    /** The signature part of a code. */
    public static String signatureOf(CardNumber code) {
        return code.value().substring(10);
    }

    /** The code as people read it: groups of four ({@code MK12 3456 7890 1234 5678}); spaces are ignored at a till. */
    public static String grouped(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(code, i, Math.min(code.length(), i + 4));
        }
        return out.toString();
    }
}
