package dk.kantinekort.api.citizen;

import java.util.regex.Pattern;

/**
 * The one rule for an e-mail address the portal, the APIs and the ledger accept: a local part of at most 64
 * characters, an {@code @}, a domain with a dot, no spaces, at most 254 characters in all (RFC 5321's limits).
 * Deliberately loose beyond that: only sending to it proves an address.
 */
public final class EmailAddress {

    /** RFC 5321: the longest address a mail server has to accept. */
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {
    }

    /** Whether the address, stripped of surrounding blanks, has the shape of an e-mail address. */
    public static boolean isValid(String address) {
        if (address == null) {
            return false;
        }
        String stripped = address.strip();
        return stripped.length() <= MAX_LENGTH && SHAPE.matcher(stripped).matches();
    }
}
