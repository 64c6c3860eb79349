package dk.kantinekort.ui.shell.format;

import dk.kantinekort.api.money.Money;

/** How amounts read in the portal: Danish separators and "kr.", e.g. {@code 1.234,50 kr.}. */
public final class DanishFormat {

    private DanishFormat() {
    }

    /** 6500 øre → "65,00 kr."; -1200 øre → "-12,00 kr.". */
    public static String money(Money amount) {
        return amount(amount) + " kr.";
    }

    /** The number alone, as on a receipt line: 300 øre → "3,00"; 123450 øre → "1.234,50". */
    public static String amount(Money amount) {
        long ore = amount.ore();
        // via the absolute øre as unsigned: Long.MIN_VALUE has no positive counterpart
        String digits = Long.toUnsignedString(Math.abs(ore));
        String padded = digits.length() < 3 ? "0".repeat(3 - digits.length()) + digits : digits;
        String kroner = padded.substring(0, padded.length() - 2);
        String oreDigits = padded.substring(padded.length() - 2);
        return (ore < 0 ? "-" : "") + groupThousands(kroner) + "," + oreDigits;
    }

    private static String groupThousands(String digits) {
        StringBuilder grouped = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, '.');
        }
        return grouped.toString();
    }
}
