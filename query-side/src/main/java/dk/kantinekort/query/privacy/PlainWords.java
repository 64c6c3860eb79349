package dk.kantinekort.query.privacy;

import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** How the right-of-access file words values: kroner with øre, ISO dates, event types and actors in words. */
final class PlainWords {

    private PlainWords() {
    }

    /** "65,00 kr." (null stays null). */
    static String kroner(Money money) {
        if (money == null) {
            return null;
        }
        long ore = money.ore();
        return "%s%d,%02d kr.".formatted(ore < 0 ? "-" : "", Math.abs(ore / 100), Math.abs(ore % 100));
    }

    static String date(Instant at) {
        return at == null ? null : at.toString();
    }

    static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** An enum or code in words: {@code INSUFFICIENT_FUNDS} becomes "insufficient funds". */
    static String words(Object code) {
        return code == null ? null : code.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** An event type in words: {@code PurchaseMade} becomes "Purchase made". */
    static String eventType(String type) {
        if (type == null || type.isEmpty()) {
            return type;
        }
        String spaced = type.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Who made a change, without naming staff members or tills by their internal ids. */
    static String actor(String actor, String personId) {
        if (actor == null) {
            return null;
        }
        String citizen = Metadata.citizenIdOf(actor);
        if (citizen != null) {
            return citizen.equals(personId) ? "the person themself, in the portal"
                    : "a person with an approved link, in the portal";
        }
        if (actor.startsWith("admin:")) {
            return "the municipality's staff or administrative system";
        }
        if (actor.startsWith("till:")) {
            return "a till";
        }
        if (actor.startsWith("auditor:")) {
            return "an auditor";
        }
        return "the system";
    }
}
