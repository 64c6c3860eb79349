package dk.kantinekort.command.webshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock tests move by hand: "today" and db-scheduler's "now" follow it. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Noon (Copenhagen) on the given date. */
    public static MutableClock at(LocalDate date) {
        return new MutableClock(date.atTime(LocalTime.NOON).atZone(CanteenCalendar.ZONE).toInstant());
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Moves to the given time of day (Copenhagen) on a date. */
    public void moveTo(LocalDate date, LocalTime time) {
        now = date.atTime(time).atZone(CanteenCalendar.ZONE).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
