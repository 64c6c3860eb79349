package dk.kantinekort.ui.citizen.webshop;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderView;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bundle keys of the webshop's words: the guide's order statuses, refusals, and what to do when an order is not
 * paid (the guide's four causes).
 */
final class WebshopTexts {

    /** Hjælp: "Sådan gør du hvis din webshopordre ikke bliver betalt". */
    static final String NOT_PAID_TOPIC = "webshop-ikke-betalt";
    /** Hjælp: "Ordrestatus forklaringer". */
    static final String STATUS_TOPIC = "ordrestatus";

    private static final Set<RejectionCode> EXPLAINED = EnumSet.of(RejectionCode.INVALID_REQUEST,
            RejectionCode.NOT_OFFERED, RejectionCode.DELIVERY_DATE_REACHED, RejectionCode.NOTHING_TO_CANCEL,
            RejectionCode.ACCOUNT_BLOCKED, RejectionCode.INSUFFICIENT_FUNDS, RejectionCode.ACCESS_DENIED,
            RejectionCode.ACCOUNT_NOT_FOUND, RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE,
            RejectionCode.BALANCE_LIMIT_EXCEEDED);

    private WebshopTexts() {
    }

    /** The Danish (or English) refusal text's key; anything unexpected gets a general text. */
    static String refusalKey(RejectedException refusal) {
        RejectionCode code = RejectedException.rejectionOf(refusal).map(Rejection::code).orElse(null);
        return code != null && EXPLAINED.contains(code) ? "webshop.rejected." + code.name() : "webshop.rejected.other";
    }

    /** Looks a key up in the bundles (a component's getTranslation). */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... arguments);
    }

    /** The status as the guide words it: "Afventer betaling 2/5", "Betaling fejlet: <reason>", "Betalt", … */
    static String status(OrderView order, Translator t) {
        String key = "webshop.status." + order.status().name();
        return switch (order.status()) {
            case AWAITING_PAYMENT -> t.translate(key, order.paidDeliveries(), order.deliveries());
            case PAYMENT_FAILED -> t.translate(key, order.failure() == null ? t.translate("payment.decline.DECLINED")
                    : t.translate(failureKey(order.payment(), order.failure())));
            default -> t.translate(key);
        };
    }

    /** Why a charge failed, in the words that fit how the order was paid. */
    static String failureKey(OrderPayment payment, PaymentDeclineReason reason) {
        if (payment == OrderPayment.CANTEEN_CARD && reason == PaymentDeclineReason.INSUFFICIENT_FUNDS) {
            return "webshop.decline.canteen-card-insufficient-funds";
        }
        return "payment.decline." + reason.name();
    }

    /** The guide's advice for the four causes of an unpaid order, and a general line for the rest. */
    static List<String> adviceKeys(OrderPayment payment, PaymentDeclineReason reason) {
        if (payment == OrderPayment.CANTEEN_CARD && reason == PaymentDeclineReason.INSUFFICIENT_FUNDS) {
            return List.of("webshop.advice.canteen-card-insufficient-funds");
        }
        return switch (reason) {
            case CARD_EXPIRED -> List.of("webshop.advice.card-expired");
            case INSUFFICIENT_FUNDS -> List.of("webshop.advice.insufficient-funds");
            case CARD_BLOCKED -> List.of("webshop.advice.card-blocked");
            case CANTEEN_CARD_BLOCKED -> List.of("webshop.advice.canteen-card-blocked");
            default -> List.of("webshop.advice.other");
        };
    }

    /** "Ordrenr.": the first eight characters of the order id, as on the hosted page's receipt. */
    static String orderNumber(String orderId) {
        String plain = orderId.replace("-", "");
        return (plain.length() <= 8 ? plain : plain.substring(0, 8)).toUpperCase(Locale.ROOT);
    }
}
