package dk.kantinekort.command.notice;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.DepositSettled;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The Danish receipt: the same lines as the provider's receipt page (Dato, Ordrenr., Beløb, Gebyr, Total). */
@Component
public class ReceiptText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private final String merchant;

    ReceiptText(@Value("${canteen.mail.merchant:GladsaxeKortet, Gladsaxe Kommune, Rådhus Alle 7, 2860 Søborg}")
                String merchant) {
        this.merchant = merchant;
    }

    String depositSubject() {
        return "Kvittering for indbetaling på dit kantinekort";
    }

    String autoTopUpSubject() {
        return "Kvittering for automatisk optankning af dit kantinekort";
    }

    String body(DepositSettled event, String maskedPan, Instant at) {
        String what = event.method() == DepositMethod.AUTO_TOP_UP ? "Automatisk optankning" : "Indbetaling";
        String paidWith = event.method() == DepositMethod.MOBILEPAY ? "MobilePay"
                : join(event.cardBrand(), maskedPan);
        return String.join("\n",
                "Kvittering",
                "",
                what + " på kantinekort",
                "",
                "Dato:      " + DATE.format(at),
                "Ordrenr.:  " + (event.paymentId() == null ? "–" : event.paymentId()),
                "Beløb:     " + kroner(event.amount()),
                "Gebyr:     " + kroner(event.fee()),
                "Total:     " + kroner(event.amount().plus(event.fee())),
                "Betalt med: " + paidWith,
                "",
                "Beløbet er sat ind på kantinekortet.",
                "",
                merchant);
    }

    private static String join(String brand, String masked) {
        String b = brand == null ? "Betalingskort" : brand;
        return masked == null ? b : b + " " + masked;
    }

    /** 103,25 kr. */
    public static String kroner(Money money) {
        long ore = money.ore();
        return String.format("%d,%02d kr.", ore / 100, Math.abs(ore % 100));
    }
}
