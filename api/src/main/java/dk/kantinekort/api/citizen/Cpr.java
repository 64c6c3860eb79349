package dk.kantinekort.api.citizen;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish CPR number: ten digits, the first six a valid date ddmmyy, hyphen optional on input.
 * Never printed: {@link #toString()} and {@link #masked()} show only the date part ("270182-"). In a command
 * sent between services (JSON through Axon Server) it travels as its ten digits; no event or read model holds a
 * {@code Cpr}: they keep the number sealed or hashed.
 */
public final class Cpr {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})");

    private final String digits;

    private Cpr(String digits) {
        this.digits = digits;
    }

    /** Parses what a person typed; throws IllegalArgumentException with a reason a person can act on. */
    @JsonCreator
    public static Cpr parse(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("CPR number is required");
        }
        Matcher m = FORMAT.matcher(raw.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("A CPR number has 10 digits, optionally written ddmmyy-xxxx");
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        try {
            // The century follows from the seventh digit; any century with the date valid will do for a check.
            LocalDate.of(2000 + year, month, day);
        } catch (DateTimeException e) {
            try {
                LocalDate.of(1900 + year, month, day);
            } catch (DateTimeException e2) {
                throw new IllegalArgumentException("The first six digits of a CPR number must be a valid date ddmmyy");
            }
        }
        return new Cpr(m.group(1) + m.group(2) + m.group(3) + m.group(4));
    }

    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The date of birth, with the century from the seventh digit (CPR-kontoret's rules): 0-3 → 1900s;
     * 4 and 9 → 2000s for years 00-36, else 1900s; 5-8 → 2000s for years 00-57, else 1800s. Empty when the date
     * does not exist in that century (a number that can only be checked by hand).
     */
    public Optional<LocalDate> dateOfBirth() {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int year = Integer.parseInt(digits.substring(4, 6));
        int seventh = digits.charAt(6) - '0';
        int century;
        if (seventh <= 3) {
            century = 1900;
        } else if (seventh == 4 || seventh == 9) {
            century = year <= 36 ? 2000 : 1900;
        } else {
            century = year <= 57 ? 2000 : 1800;
        }
        try {
            return Optional.of(LocalDate.of(century + year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The ten digits without hyphen, for hashing and sealing only (and a command's JSON between services). */
    @JsonValue
    public String digits() {
        return digits;
    }

    /** The date part with a hyphen, e.g. {@code 270182-}: the only form shown anywhere. */
    public String masked() {
        return digits.substring(0, 6) + "-";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cpr other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
