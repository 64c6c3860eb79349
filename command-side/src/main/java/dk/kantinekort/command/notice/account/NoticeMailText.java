package dk.kantinekort.command.notice.account;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.citizen.ContactDirectory;
import dk.kantinekort.command.notice.ReceiptText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The Danish words of a notice mail, from the facts the outbox keeps and the account holder's name now. */
@Component
class NoticeMailText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm")
            .withZone(ZoneId.of("Europe/Copenhagen"));
    private static final Map<String, String> DECLINES = Map.of(
            "CARD_UNKNOWN", "kortet kendes ikke",
            "CARD_REPLACED", "kortet er erstattet af et nyt kort",
            "CARD_BLOCKED", "kortet er spærret",
            "INSUFFICIENT_FUNDS", "der er ikke penge nok på kortet",
            "UNIT_NOT_ALLOWED", "kortet må ikke bruges på dette sted");
    private static final Map<String, String> PAYMENT_REFUSALS = Map.of(
            "INSUFFICIENT_FUNDS", "der er ikke dækning på betalingskortet",
            "CARD_EXPIRED", "betalingskortet er udløbet",
            "CARD_BLOCKED", "betalingskortet er spærret",
            "IDENTICAL_TRANSACTION", "identisk transaktion",
            "CANTEEN_CARD_BLOCKED", "kantinekortet er spærret",
            "PROVIDER_UNAVAILABLE", "betalingsudbyderen svarede ikke",
            "DECLINED", "betalingen blev afvist");
    private static final Map<String, String> CHARGES = Map.of(
            "AUTO_TOP_UP", "Den automatiske optankning",
            "WEBSHOP", "Betalingen for en webshop-levering",
            "SUBSCRIPTION", "Betalingen for en abonnementsperiode");

    private final CitizenDirectory citizens;
    private final ContactDirectory contacts;
    private final String scheme;

    NoticeMailText(CitizenDirectory citizens, ContactDirectory contacts,
                   @Value("${canteen.branding.name:GladsaxeKortet}") String scheme) {
        this.citizens = citizens;
        this.contacts = contacts;
        this.scheme = scheme;
    }

    String subject(NoticeOutbox.Notice notice) {
        Map<String, String> f = notice.facts();
        return switch (notice.kind()) {
            case PURCHASE -> "Køb på " + card(notice) + ": " + kroner(f.get("amount"));
            case DECLINED_PURCHASE -> "Et køb på " + card(notice) + " blev afvist";
            case LOW_BALANCE -> "Lav saldo på " + card(notice) + ": " + kroner(f.get("balanceAfter"));
            case FAILED_CHARGE -> "En betaling for " + card(notice) + " gik ikke igennem";
        };
    }

    String body(NoticeOutbox.Notice notice) {
        return String.join("\n", line(notice), "", footer());
    }

    String digestSubject() {
        return "Dagens notifikationer fra " + scheme;
    }

    String digestBody(List<NoticeOutbox.Notice> notices) {
        StringBuilder body = new StringBuilder("Det skete i dag på " + card(notices.get(0)) + ":\n\n");
        notices.forEach(n -> body.append("- ").append(line(n)).append("\n"));
        return body.append("\n").append(footer()).toString();
    }

    /** One notice in one sentence (or two). */
    String line(NoticeOutbox.Notice notice) {
        Map<String, String> f = notice.facts();
        String when = WHEN.format(notice.occurredAt());
        String place = f.getOrDefault("place", "");
        String at = place.isBlank() ? "" : " hos " + place;
        return switch (notice.kind()) {
            case PURCHASE -> "Køb for " + kroner(f.get("amount")) + at + " " + when + ". Saldo efter købet: "
                    + kroner(f.get("balanceAfter")) + ".";
            case DECLINED_PURCHASE -> "Et køb for " + kroner(f.get("amount")) + at + " " + when
                    + " blev afvist: " + DECLINES.getOrDefault(f.get("reason"), f.get("reason")) + ".";
            case LOW_BALANCE -> "Saldoen er " + kroner(f.get("balanceAfter")) + " (" + when + "), under de "
                    + kroner(f.get("threshold")) + ", du har valgt. Sæt penge ind under Indbetaling.";
            case FAILED_CHARGE -> CHARGES.getOrDefault(f.get("charge"), "En betaling")
                    + (f.containsKey("amount") ? " på " + kroner(f.get("amount")) : "") + " " + when
                    + " gik ikke igennem: " + PAYMENT_REFUSALS.getOrDefault(f.get("reason"), f.get("reason")) + ".";
        };
    }

    private String footer() {
        return "Du får denne mail, fordi du har valgt Notifikationer for kontoen i " + scheme
                + ". Du ændrer eller stopper dem under Mine Konti → Notifikationer.";
    }

    /** "Christian Harms' kantinekort", "Anna Jensens kantinekort"; "kantinekortet" for a forgotten holder. */
    private String card(NoticeOutbox.Notice notice) {
        return citizens.ownerOf(notice.accountId()).flatMap(contacts::name).filter(n -> !n.isBlank())
                .map(n -> n.strip() + (n.strip().matches(".*[sxzSXZ]$") ? "'" : "s") + " kantinekort")
                .orElse("kantinekortet");
    }

    private static String kroner(String ore) {
        return ReceiptText.kroner(Money.ofOre(ore == null ? 0 : Long.parseLong(ore)));
    }
}
