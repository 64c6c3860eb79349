package dk.kantinekort.query.proof;

import java.util.Locale;
import java.util.Optional;

/**
 * The short verification code printed on a statement: the first 60 bits of its chain hash in Crockford's base 32
 * (no I, L, O, U), in three groups of four, e.g. {@code 7QK2-M9XD-F4TR}. Typed back, case, spaces and dashes do
 * not matter, and the letters people confuse with digits (O, I, L) are read as the digits.
 */
final class ChainCode {

    static final int LENGTH = 12;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private ChainCode() {
    }

    static String of(byte[] hash) {
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (hash[i] & 0xFF);
        }
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            int shift = 64 - 5 * (i + 1);
            code.append(ALPHABET.charAt((int) ((bits >>> shift) & 0x1F)));
            if (i % 4 == 3 && i < LENGTH - 1) {
                code.append('-');
            }
        }
        return code.toString();
    }

    /** The code as printed, from what someone typed; empty when it cannot be a code. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            plain.append(read);
        }
        if (plain.length() != LENGTH) {
            return Optional.empty();
        }
        return Optional.of(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8));
    }
}
