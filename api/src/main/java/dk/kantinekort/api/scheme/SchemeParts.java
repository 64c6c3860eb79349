package dk.kantinekort.api.scheme;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Which {@link SchemePart}s this municipality has switched on. Read once from the settings at start-up; every
 * module asks the same question the same way ({@code parts.isOn(SchemePart.TRANSFERS)}).
 */
public final class SchemeParts {

    private final Set<SchemePart> on;

    private SchemeParts(Set<SchemePart> on) {
        this.on = on.isEmpty() ? EnumSet.noneOf(SchemePart.class) : EnumSet.copyOf(on);
    }

    /** Every part on: the default of a municipality that has not switched anything off. */
    public static SchemeParts allOn() {
        return new SchemeParts(EnumSet.allOf(SchemePart.class));
    }

    /** Exactly the given parts on (tests). */
    public static SchemeParts only(SchemePart... parts) {
        return new SchemeParts(parts.length == 0 ? EnumSet.noneOf(SchemePart.class) : EnumSet.copyOf(Arrays.asList(parts)));
    }

    /** Every part on except the given ones (tests). */
    public static SchemeParts allBut(SchemePart... parts) {
        EnumSet<SchemePart> on = EnumSet.allOf(SchemePart.class);
        on.removeAll(Arrays.asList(parts));
        return new SchemeParts(on);
    }

    /**
     * From the settings: a part is off only when its {@link SchemePart#property()} says {@code false}.
     * Anything else but {@code true}/{@code false} is refused, so a typo does not silently switch a part.
     */
    public static SchemeParts from(Function<String, String> settings) {
        EnumSet<SchemePart> on = EnumSet.noneOf(SchemePart.class);
        for (SchemePart part : SchemePart.values()) {
            String value = settings.apply(part.property());
            if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("true")) {
                on.add(part);
            } else if (!value.strip().equalsIgnoreCase("false")) {
                throw new IllegalArgumentException(part.property() + " must be true or false, was '" + value + "'");
            }
        }
        return new SchemeParts(on);
    }

    public boolean isOn(SchemePart part) {
        return on.contains(part);
    }

    /**
     * Whether a Hjælp topic's {@code shown-when} holds: {@code <key>-enabled} while the part is on,
     * {@code <key>-disabled} while it is off; {@code null} when the condition names no part.
     */
    public Boolean holds(String shownWhen) {
        for (SchemePart part : SchemePart.values()) {
            if (shownWhen.equals(part.key() + "-enabled")) {
                return isOn(part);
            }
            if (shownWhen.equals(part.key() + "-disabled")) {
                return !isOn(part);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "SchemeParts" + on;
    }
}
