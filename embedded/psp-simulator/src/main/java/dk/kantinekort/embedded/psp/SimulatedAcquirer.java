package dk.kantinekort.embedded.psp;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulator's decisions: payments created by the merchant, attempts on the hosted page (test cards, MobilePay,
 * "Identisk transaktion"), charges on saved cards, refunds, and the webhooks they cause. One lock for all; every
 * change is saved before it is answered.
 */
final class SimulatedAcquirer {

    static final Duration IDENTICAL_WINDOW = Duration.ofMinutes(10);
    static final String MERCHANT_ID = "100017120";
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final SimulatorStore store;
    private final SimulatorState state;
    private final WebhookSender webhooks;
    private final Clock clock;

    SimulatedAcquirer(SimulatorStore store, WebhookSender webhooks, Clock clock) {
        this.store = store;
        this.state = store.load();
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** Registers a payment created by {@code POST /v1/payments}; the caller validated the body. */
    synchronized SimulatedPayment create(JsonNode body) {
        SimulatedPayment payment = new SimulatedPayment();
        payment.paymentId = UUID.randomUUID().toString().replace("-", "");
        JsonNode order = body.path("order");
        payment.reference = order.path("reference").asText();
        long fee = 0;
        for (JsonNode item : order.path("items")) {
            if ("fee".equals(item.path("reference").asText()) || "Gebyr".equals(item.path("name").asText())) {
                fee += item.path("grossTotalAmount").asLong();
            }
        }
        payment.fee = fee;
        payment.amount = order.path("amount").asLong() - fee;
        payment.created = now().toString();
        JsonNode checkout = body.path("checkout");
        payment.returnUrl = checkout.path("returnUrl").asText(null);
        payment.cancelUrl = checkout.path("cancelUrl").asText(null);
        payment.termsUrl = checkout.path("termsUrl").asText(null);
        payment.email = checkout.path("consumer").path("email").asText(null);
        payment.createSubscription = body.path("unscheduledSubscription").path("create").asBoolean(false);
        for (JsonNode method : body.path("paymentMethodsConfiguration")) {
            if (method.path("enabled").asBoolean(true)) {
                payment.enabledMethods.add(method.path("name").asText());
            }
        }
        for (JsonNode webhook : body.path("notifications").path("webhooks")) {
            List<String> target = new ArrayList<>();
            target.add(webhook.path("url").asText());
            target.add(webhook.path("authorization").asText(null));
            payment.webhooks.put(webhook.path("eventName").asText(), target);
        }
        state.payments.put(payment.paymentId, payment);
        store.save(state);
        return payment;
    }

    synchronized Optional<SimulatedPayment> payment(String paymentId) {
        return Optional.ofNullable(state.payments.get(paymentId));
    }

    /** The settlement report of the charges and refunds made in these days (Copenhagen dates). */
    synchronized String settlementReport(java.time.LocalDate from, java.time.LocalDate to) {
        return SettlementReport.csv(state.payments.values(), from, to);
    }

    synchronized Optional<SimulatedPayment> paymentOfCharge(String chargeId) {
        return state.payments.values().stream()
                .filter(p -> p.charges.stream().anyMatch(c -> c.chargeId.equals(chargeId))).findFirst();
    }

    /** The citizen typed a card on the hosted page. */
    synchronized Attempt payByCard(SimulatedPayment payment, String cardholder, String cardNumber, String expiry,
                                   String cvc) {
        if (payment.isCharged()) {
            return new Attempt.Approved(returnTo(payment));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (cardholder == null || cardholder.isBlank()) {
            errors.put("cardholder", "Angiv kortholders navn");
        }
        String digits = TestCards.digits(cardNumber);
        if (digits == null || !TestCards.luhn(digits)) {
            errors.put("cardNumber", "Kortnummeret er ikke gyldigt");
        }
        YearMonth expires = TestCards.expiry(expiry);
        if (expires == null) {
            errors.put("expiry", "Angiv udløbsdatoen som MM/ÅÅ");
        } else if (expires.isBefore(YearMonth.now(clock.withZone(DENMARK)))) {
            errors.put("expiry", "Kortet er udløbet");
        }
        if (cvc == null || !cvc.trim().matches("\\d{3}")) {
            errors.put("cvc", "Kontrolcifrene er tre cifre på bagsiden af kortet");
        }
        if (!errors.isEmpty()) {
            return new Attempt.Invalid(errors);
        }
        IssuerDecline decline = TestCards.decline(digits);
        if (payment.total() == 0 && decline == IssuerDecline.INSUFFICIENT_FUNDS) {
            decline = null; // saving a card takes no money; the saved card declines later
        }
        String fingerprint = TestCards.fingerprint(digits);
        if (decline == null && payment.total() > 0 && paidJustNow(fingerprint, payment.total())) {
            decline = IssuerDecline.DUPLICATE;
        }
        if (decline != null) {
            return declined(payment, decline);
        }
        if (payment.total() > 0) {
            state.cardUses.add(new SimulatorState.CardUse(fingerprint, payment.total(), now().toString()));
        }
        IssuerDecline later = TestCards.decline(digits);
        approve(payment, "CARD", TestCards.brand(digits), TestCards.mask(digits), TestCards.mmyy(expires),
                later == null ? null : later.code);
        return new Attempt.Approved(returnTo(payment));
    }

    /** The citizen approved (or not) in the simulated MobilePay app. */
    synchronized Attempt payByMobilePay(SimulatedPayment payment, String phone) {
        if (payment.isCharged()) {
            return new Attempt.Approved(returnTo(payment));
        }
        String digits = phone == null ? "" : phone.replaceAll("[\\s+]", "");
        if (digits.startsWith("45") && digits.length() == 10) {
            digits = digits.substring(2);
        }
        if (!digits.matches("\\d{8}")) {
            return new Attempt.Invalid(Map.of("phone", "Angiv et dansk mobilnummer med 8 cifre"));
        }
        if (TestCards.MOBILEPAY_DECLINED_PHONE.equals(digits)) {
            return declined(payment, IssuerDecline.INSUFFICIENT_FUNDS);
        }
        approve(payment, "WALLET", "MobilePay", null, null, null);
        return new Attempt.Approved(returnTo(payment));
    }

    /** Charges a saved card: the card's own answer, unless a test forced another. */
    synchronized Map<String, Object> chargeSavedCard(SavedCard card, JsonNode order) {
        String code = card.forcedDeclineCode != null ? card.forcedDeclineCode : card.declineCode;
        YearMonth expiry = YearMonth.of(2000 + Integer.parseInt(card.expiryDate.substring(2)),
                Integer.parseInt(card.expiryDate.substring(0, 2)));
        if (code == null && expiry.isBefore(YearMonth.now(clock.withZone(DENMARK)))) {
            code = IssuerDecline.EXPIRED.code;
        }
        if (code != null) {
            IssuerDecline decline = IssuerDecline.of(code);
            return Map.of("declined", true, "code", code, "message", decline.message, "source", "Issuer");
        }
        SimulatedPayment payment = new SimulatedPayment();
        payment.paymentId = UUID.randomUUID().toString().replace("-", "");
        payment.reference = order.path("reference").asText();
        payment.amount = order.path("amount").asLong();
        payment.created = now().toString();
        payment.paymentType = "CARD";
        payment.paymentMethod = card.paymentMethod;
        payment.maskedPan = card.maskedPan;
        payment.expiryDate = card.expiryDate;
        payment.unscheduledSubscriptionId = card.token;
        payment.reserved = payment.amount;
        payment.charged = payment.amount;
        SimulatedCharge charge = newCharge(payment);
        state.payments.put(payment.paymentId, payment);
        store.save(state);
        return Map.of("paymentId", payment.paymentId, "chargeId", charge.chargeId);
    }

    /** Refunds part of a charge; null when more than what is left was asked for. */
    synchronized String refund(SimulatedPayment payment, String chargeId, long amount) {
        SimulatedCharge charge = payment.charges.stream().filter(c -> c.chargeId.equals(chargeId)).findFirst()
                .orElseThrow();
        if (amount <= 0 || amount > charge.amount - charge.refunded()) {
            return null;
        }
        String refundId = UUID.randomUUID().toString().replace("-", "");
        charge.refunds.add(new SimulatedCharge.Refund(refundId, amount, now().toString()));
        payment.refunded += amount;
        store.save(state);
        return refundId;
    }

    synchronized Optional<SavedCard> card(String token) {
        return Optional.ofNullable(state.cards.get(token));
    }

    /** Test hook: what the saved card answers from now on (null = its own answer). */
    synchronized void forceBehaviour(SavedCard card, String declineCode) {
        card.forcedDeclineCode = declineCode;
        store.save(state);
    }

    /** Test hook: the webhooks of the next payment that causes any are lost. */
    synchronized void dropNextWebhooks() {
        state.dropNextWebhooks = true;
        store.save(state);
    }

    /** Test hook: sends a payment's webhooks again, {@code times} over, optionally last first. */
    synchronized int resend(SimulatedPayment payment, int times, boolean reverse) {
        List<WebhookSender.Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            List<Map<String, Object>> events = new ArrayList<>(payment.events);
            if (reverse) {
                java.util.Collections.reverse(events);
            }
            for (Map<String, Object> event : events) {
                delivery(payment, event).ifPresent(deliveries::add);
            }
        }
        webhooks.send(deliveries);
        return deliveries.size();
    }

    /** An idempotent request seen before: its first answer. */
    synchronized Optional<SimulatorState.StoredAnswer> answer(String key) {
        return Optional.ofNullable(state.answers.get(key));
    }

    synchronized void remember(String key, SimulatorState.StoredAnswer answer) {
        state.answers.put(key, answer);
        store.save(state);
    }

    private Attempt declined(SimulatedPayment payment, IssuerDecline decline) {
        payment.declines.add(new SimulatedPayment.Decline(decline.code, decline.message, now().toString()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("paymentId", payment.paymentId);
        data.put("error", Map.of("code", decline.code, "message", decline.message, "source", "Issuer"));
        data.put("amount", amount(payment.total()));
        data.put("order", Map.of("reference", payment.reference));
        emit(payment, List.of(event("payment.reservation.failed", data)));
        return new Attempt.Declined(decline);
    }

    private void approve(SimulatedPayment payment, String type, String method, String maskedPan, String expiryDate,
                         String savedCardDecline) {
        payment.paymentType = type;
        payment.paymentMethod = method;
        payment.maskedPan = maskedPan;
        payment.expiryDate = expiryDate;
        if (payment.createSubscription) {
            SavedCard card = new SavedCard(UUID.randomUUID().toString(), method, maskedPan,
                    expiryDate == null ? "1299" : expiryDate, savedCardDecline);
            state.cards.put(card.token, card);
            payment.unscheduledSubscriptionId = card.token;
        }
        List<Map<String, Object>> events = new ArrayList<>();
        Map<String, Object> completed = new LinkedHashMap<>();
        completed.put("paymentId", payment.paymentId);
        completed.put("amount", amount(payment.total()));
        completed.put("order", Map.of("reference", payment.reference));
        events.add(event("payment.checkout.completed", completed));
        if (payment.total() > 0) {
            payment.reserved = payment.total();
            payment.charged = payment.total();
            SimulatedCharge charge = newCharge(payment);
            Map<String, Object> charged = new LinkedHashMap<>();
            charged.put("paymentId", payment.paymentId);
            charged.put("chargeId", charge.chargeId);
            charged.put("amount", amount(charge.amount));
            charged.put("order", Map.of("reference", payment.reference));
            events.add(event("payment.charge.created.v2", charged));
        }
        emit(payment, events);
    }

    private SimulatedCharge newCharge(SimulatedPayment payment) {
        SimulatedCharge charge = new SimulatedCharge(UUID.randomUUID().toString().replace("-", ""),
                payment.paymentId, payment.total(), now().toString());
        payment.charges.add(charge);
        return charge;
    }

    /** Records the events, saves, then sends them (or drops them, once, when a test asked for it). */
    private void emit(SimulatedPayment payment, List<Map<String, Object>> events) {
        if (state.dropNextWebhooks) {
            state.dropNextWebhooks = false;
            payment.dropWebhooks = true;
        }
        payment.events.addAll(events);
        store.save(state);
        List<WebhookSender.Delivery> deliveries = new ArrayList<>();
        events.forEach(event -> delivery(payment, event).ifPresent(deliveries::add));
        if (payment.dropWebhooks) {
            webhooks.drop(deliveries);
        } else {
            webhooks.send(deliveries);
        }
    }

    private Optional<WebhookSender.Delivery> delivery(SimulatedPayment payment, Map<String, Object> event) {
        List<String> target = payment.webhooks.get((String) event.get("event"));
        if (target == null) {
            return Optional.empty();
        }
        return Optional.of(new WebhookSender.Delivery(payment.paymentId, (String) event.get("event"),
                URI.create(target.get(0)), target.get(1), event));
    }

    private Map<String, Object> event(String name, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", UUID.randomUUID().toString().replace("-", ""));
        event.put("merchantId", Long.parseLong(MERCHANT_ID));
        event.put("timestamp", now().atZone(DENMARK).toOffsetDateTime().toString());
        event.put("event", name);
        event.put("data", data);
        return event;
    }

    private static Map<String, Object> amount(long ore) {
        return Map.of("amount", ore, "currency", "DKK");
    }

    private boolean paidJustNow(String fingerprint, long total) {
        Instant since = now().minus(IDENTICAL_WINDOW);
        state.cardUses.removeIf(use -> Instant.parse(use.at).isBefore(since));
        return state.cardUses.stream().anyMatch(use -> use.fingerprint.equals(fingerprint) && use.total == total);
    }

    /** The return URL with {@code paymentId} appended. */
    static URI returnTo(SimulatedPayment payment) {
        return withPaymentId(payment.returnUrl, payment.paymentId);
    }

    static URI withPaymentId(String url, String paymentId) {
        return URI.create(url + (url.contains("?") ? "&" : "?") + "paymentId=" + paymentId);
    }

    private Instant now() {
        return clock.instant();
    }
}
