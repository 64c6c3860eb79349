package dk.kantinekort.pos.web;

import dk.kantinekort.pos.problem.PosProblem;
import java.util.regex.Pattern;

/** Checks ids that arrive in paths (purchase ids, account ids): UUID-like tokens, never free text. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private Ids() {
    }

    public static String require(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw PosProblem.invalid(field + " must be 1 to 64 letters, digits or hyphens");
        }
        return value;
    }
}
