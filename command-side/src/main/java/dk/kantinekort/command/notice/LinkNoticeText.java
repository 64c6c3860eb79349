package dk.kantinekort.command.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Danish notice to a person that someone got, or asked for, access to their card accounts. It names no one (a
 * mail may be read by others): the portal's "Hvem har adgang" on Mine Konti shows who, and ends the access.
 */
@Component
class LinkNoticeText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private final String portal;
    private final String merchant;

    LinkNoticeText(@Value("${canteen.portal.public-url:}") String portal,
                   @Value("${canteen.mail.merchant:GladsaxeKortet, Gladsaxe Kommune, Rådhus Alle 7, 2860 Søborg}")
                   String merchant) {
        this.portal = portal == null ? "" : portal.strip();
        this.merchant = merchant;
    }

    String requestedSubject() {
        return "Nogen beder om adgang til dit kantinekort";
    }

    String grantedSubject() {
        return "Nogen har fået adgang til dit kantinekort";
    }

    String requestedBody(Instant at) {
        return body("Den " + DATE.format(at) + " bad en anden person om adgang til dine kantinekort.",
                "Personen får ikke adgang, før du har godkendt det. Log ind, og vælg Mine Konti: under "
                        + "\"Hvem har adgang\" kan du se, hvem det er, og godkende eller afvise.");
    }

    String grantedBody(Instant at) {
        return body("Den " + DATE.format(at) + " fik en anden person adgang til dine kantinekort. Personen kan nu "
                        + "se saldo og kontoudskrift, indbetale og ændre dine oplysninger.",
                "Log ind, og vælg Mine Konti: under \"Hvem har adgang\" kan du se, hvem det er, og fjerne adgangen. "
                        + "Kender du ikke personen, så fjern adgangen og kontakt kommunen.");
    }

    private String body(String what, String todo) {
        return String.join("\n",
                "Kære kortholder",
                "",
                what,
                "",
                todo,
                portal.isEmpty() ? "" : portal,
                "",
                "Med venlig hilsen",
                merchant);
    }
}
