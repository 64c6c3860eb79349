package dk.kantinekort.embedded.psp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Map;

/**
 * The simulator's test cards. Any Luhn-valid number is accepted; these answer otherwise:
 * <table>
 *   <caption>Test cards</caption>
 *   <tr><th>Card number</th><th>Answer</th></tr>
 *   <tr><td>4111 1111 1111 1111</td><td>approved (Visa)</td></tr>
 *   <tr><td>4000 0000 0000 9995</td><td>declined 51, insufficient funds</td></tr>
 *   <tr><td>4000 0000 0000 0069</td><td>declined 54, expired card</td></tr>
 *   <tr><td>4000 0000 0000 0119</td><td>declined 43, blocked (stolen) card</td></tr>
 * </table>
 * MobilePay approves every phone number except 00000000 (declined 51).
 */
final class TestCards {

    static final String SUCCESS = "4111111111111111";
    static final String MOBILEPAY_DECLINED_PHONE = "00000000";
    private static final Map<String, IssuerDecline> DECLINING = Map.of(
            "4000000000009995", IssuerDecline.INSUFFICIENT_FUNDS,
            "4000000000000069", IssuerDecline.EXPIRED,
            "4000000000000119", IssuerDecline.BLOCKED);

    private TestCards() {
    }

    /** Digits only (spaces and dashes as typed are dropped); null when something else was typed. */
    static String digits(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.matches("\\d{12,19}") ? digits : null;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** What the issuer of this card answers; null = approved. */
    static IssuerDecline decline(String digits) {
        return DECLINING.get(digits);
    }

    static String brand(String digits) {
        if (digits.startsWith("5019") || digits.startsWith("4571")) {
            return "Dankort";
        }
        if (digits.startsWith("4")) {
            return "Visa";
        }
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "MasterCard";
        }
        return "Card";
    }

    /** 411111******1111: first six and last four digits. */
    static String mask(String digits) {
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }

    /** A one-way fingerprint for the identical-transaction rule; the simulator keeps no card numbers. */
    static String fingerprint(String digits) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(digits.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** MM/ÅÅ as typed (also MMÅÅ, MM/ÅÅÅÅ); null when it is not a date. */
    static YearMonth expiry(String typed) {
        if (typed == null) {
            return null;
        }
        String value = typed.replaceAll("\\s", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{2})/?(\\d{2}|\\d{4})").matcher(value);
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(1));
        int year = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year < 100 ? 2000 + year : year, month);
    }

    /** Nets' MMYY form of an expiry. */
    static String mmyy(YearMonth expiry) {
        return String.format("%02d%02d", expiry.getMonthValue(), expiry.getYear() % 100);
    }
}
