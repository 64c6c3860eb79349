package dk.kantinekort.ui.citizen.payment;

import dk.kantinekort.api.payment.PaymentDeclineReason;
import java.util.List;
import java.util.Optional;

/**
 * The guide's advice for every reason a payment or an automatic top-up did not go through, as bundle keys, and
 * the Hjælp topic ({@code hjaelp?emne=<id>}) that tells more. One place for the receipt page, the automatic
 * top-up tab and the links to Hjælp.
 */
public final class PaymentAdvice {

    /** The Hjælp topic for a payment that was taken by the bank but has not reached the card. */
    public static final String NOT_CREDITED_TOPIC = "indbetalt-ikke-gaaet-ind";

    private PaymentAdvice() {
    }

    /** The reason in a few words, e.g. "Identisk transaktion". */
    public static String reasonKey(PaymentDeclineReason reason) {
        return "payment.decline." + reason.name();
    }

    /** What to do about a refused deposit, one bundle key a line. */
    public static List<String> depositAdviceKeys(PaymentDeclineReason reason) {
        return switch (reason) {
            case IDENTICAL_TRANSACTION -> List.of("payment.advice.identical.wait", "payment.advice.identical.other-amount");
            case INSUFFICIENT_FUNDS -> List.of("payment.advice.deposit.insufficient-funds");
            case CARD_EXPIRED -> List.of("payment.advice.deposit.card-expired");
            case CARD_BLOCKED -> List.of("payment.advice.deposit.card-blocked");
            case CANTEEN_CARD_BLOCKED -> List.of("payment.advice.canteen-card-blocked");
            case PROVIDER_UNAVAILABLE -> List.of("payment.advice.provider-unavailable");
            case DECLINED -> List.of("payment.advice.deposit.declined");
        };
    }

    /** What to do when an automatic top-up failed: the four causes of the guide, and the rest. */
    public static List<String> autoTopUpAdviceKeys(PaymentDeclineReason reason) {
        return switch (reason) {
            case CARD_EXPIRED -> List.of("payment.advice.auto.card-expired");
            case INSUFFICIENT_FUNDS -> List.of("payment.advice.auto.insufficient-funds",
                    "payment.advice.auto.only-at-till");
            case CARD_BLOCKED -> List.of("payment.advice.auto.card-blocked");
            case CANTEEN_CARD_BLOCKED -> List.of("payment.advice.auto.canteen-card-blocked",
                    "payment.advice.auto.only-at-till");
            case IDENTICAL_TRANSACTION -> List.of("payment.advice.identical.wait");
            case PROVIDER_UNAVAILABLE -> List.of("payment.advice.auto.retry-next-purchase");
            case DECLINED -> List.of("payment.advice.auto.declined", "payment.advice.auto.only-at-till");
        };
    }

    /** "Sådan gør du hvis du har indbetalt men pengene ikke er gået ind" (the support contact follows it). */
    public static List<String> notCreditedKeys() {
        return List.of("payment.advice.not-credited.check-bank", "payment.advice.not-credited.contact");
    }

    /** The Hjælp topic that explains the reason further, if there is one. */
    public static Optional<String> helpTopic(PaymentDeclineReason reason, boolean autoTopUp) {
        if (reason == PaymentDeclineReason.IDENTICAL_TRANSACTION) {
            return Optional.of("identisk-transaktion");
        }
        return autoTopUp ? Optional.of("optankning-virker-ikke") : Optional.empty();
    }
}
