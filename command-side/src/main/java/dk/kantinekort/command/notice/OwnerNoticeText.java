package dk.kantinekort.command.notice;

import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The Danish notices to an account owner about what a linked person did on their behalf. */
@Component
class OwnerNoticeText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm")
            .withZone(ZoneId.of("Europe/Copenhagen"));
    private static final Map<String, String> FIELDS = Map.of("name", "navn", "email", "e-mail", "address", "adresse",
            "postalCode", "postnummer", "city", "by", "phone", "telefon", "mobile", "mobil");
    private static final List<String> ORDER = List.of("name", "email", "address", "postalCode", "city", "phone",
            "mobile");

    private final String brand;

    OwnerNoticeText(@Value("${canteen.branding.name:GladsaxeKortet}") String brand) {
        this.brand = brand;
    }

    /** Who changed the details, when their name is not on file. */
    String someoneWithAccess() {
        return "en person med adgang til dine konti";
    }

    /** Who asked for the payout, when their name is not on file (first in a sentence). */
    String someoneWithAccessCapitalised() {
        return "En person med adgang til dine konti";
    }

    /** Who asked for the payout when staff did. */
    String municipality() {
        return "Kommunen";
    }

    boolean addressOrEmail(List<String> changed) {
        return changed.stream().anyMatch(f -> List.of("email", "address", "postalCode", "city").contains(f));
    }

    String contactSubject(List<String> changed) {
        return changed.contains("address") || changed.contains("postalCode") || changed.contains("city")
                ? "Din adresse er ændret" : "Dine kontaktoplysninger er ændret";
    }

    String contactBody(String changedBy, List<String> changed, Instant at) {
        String what = ORDER.stream().filter(changed::contains).map(FIELDS::get).collect(Collectors.joining(", "));
        return String.join("\n",
                "Dine kontaktoplysninger i " + brand + " er ændret af " + changedBy + " den " + DATE.format(at) + ".",
                "",
                "Ændret: " + what + ".",
                "",
                "Denne besked sendes til den e-mailadresse, du havde før ændringen.",
                "Har du ikke aftalt ændringen, så log på " + brand + " med MitID, ret dine oplysninger under "
                        + "\"Brugeroplysninger\", og kontakt supporten (se \"Hjælp\").",
                "",
                "Venlig hilsen",
                brand);
    }

    String payoutSubject() {
        return "Bekræft udbetaling fra dit kantinekort";
    }

    String payoutBody(String requestedBy, Money balance, String bankAccountMasked, Instant at) {
        return String.join("\n",
                requestedBy + " har den " + DATE.format(at) + " bedt om at få saldoen på dit kantinekort ("
                        + ReceiptText.kroner(balance) + ") udbetalt til bankkontoen " + bankAccountMasked + ".",
                "",
                "Udbetalingen sker kun, hvis du selv bekræfter den: log på " + brand + " med MitID og vælg "
                        + "\"Bekræft udbetaling\" under Indbetaling → Udbetaling.",
                "Er det ikke aftalt, så bekræft ikke, og kontakt supporten (se \"Hjælp\").",
                "",
                "Venlig hilsen",
                brand);
    }
}
