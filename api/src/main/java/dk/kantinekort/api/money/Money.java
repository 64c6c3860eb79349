package dk.kantinekort.api.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An amount of Danish kroner held as whole øre; never a floating-point number. */
public record Money(long ore) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    @JsonCreator
    public static Money ofOre(long ore) {
        return new Money(ore);
    }

    public static Money ofKroner(long kroner) {
        return new Money(Math.multiplyExact(kroner, 100));
    }

    @JsonValue
    @Override
    public long ore() {
        return ore;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(ore, other.ore));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(ore, other.ore));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(ore, factor));
    }

    public boolean isPositive() {
        return ore > 0;
    }

    public boolean isNegative() {
        return ore < 0;
    }

    public boolean isLessThan(Money other) {
        return ore < other.ore;
    }

    public boolean isGreaterThan(Money other) {
        return ore > other.ore;
    }

    public Money min(Money other) {
        return ore <= other.ore ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(ore, other.ore);
    }

    @Override
    public String toString() {
        return "%s%d.%02d DKK".formatted(ore < 0 ? "-" : "", Math.abs(ore / 100), Math.abs(ore % 100));
    }
}
