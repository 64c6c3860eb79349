package dk.kantinekort.command.payment.provider.nets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kantinekort.command.payment.provider.CheckoutRequest;
import dk.kantinekort.command.payment.provider.PaymentChoice;
import dk.kantinekort.command.payment.provider.ProviderCharge;
import dk.kantinekort.command.payment.provider.ProviderPayment;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The JSON bodies of Nets Easy Checkout v1 that the adapter writes and reads (amounts in øre, currency DKK). */
final class NetsEasyJson {

    static final String CURRENCY = "DKK";
    /** The webhooks the command side listens to. */
    static final List<String> WEBHOOK_EVENTS = List.of("payment.checkout.completed", "payment.charge.created.v2",
            "payment.reservation.failed", "payment.charge.failed");

    private final ObjectMapper mapper;

    NetsEasyJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The body of {@code POST /v1/payments}. */
    ObjectNode createPayment(CheckoutRequest request) {
        ObjectNode body = mapper.createObjectNode();
        body.set("order", order(request.reference(), SavedCardChargeRequest.DEPOSIT_ITEM, request.amountOre(),
                request.feeOre()));
        ObjectNode checkout = body.putObject("checkout");
        checkout.put("integrationType", "HostedPaymentPage");
        checkout.put("returnUrl", request.returnUrl().toString());
        if (request.cancelUrl() != null) {
            checkout.put("cancelUrl", request.cancelUrl().toString());
        }
        if (request.termsUrl() != null) {
            checkout.put("termsUrl", request.termsUrl().toString());
        }
        checkout.put("charge", true);
        checkout.put("merchantHandlesConsumerData", true);
        if (request.customerEmail() != null && !request.customerEmail().isBlank()) {
            checkout.putObject("consumer").put("email", request.customerEmail());
        }
        if (request.webhookUrl() != null) {
            ArrayNode webhooks = body.putObject("notifications").putArray("webhooks");
            for (String event : WEBHOOK_EVENTS) {
                ObjectNode webhook = webhooks.addObject()
                        .put("eventName", event)
                        .put("url", request.webhookUrl().toString());
                if (request.webhookAuthorization() != null) {
                    webhook.put("authorization", request.webhookAuthorization());
                }
            }
        }
        if (request.saveCard()) {
            body.putObject("unscheduledSubscription").put("create", true);
        }
        ArrayNode methods = body.putArray("paymentMethodsConfiguration");
        boolean mobilePay = request.method() == PaymentChoice.MOBILEPAY;
        methods.addObject().put("name", "MobilePay").put("enabled", mobilePay);
        methods.addObject().put("name", "Card").put("enabled", !mobilePay);
        return body;
    }

    /** The body of {@code POST /v1/unscheduledsubscriptions/{id}/charges}. */
    ObjectNode chargeSavedCard(SavedCardChargeRequest request) {
        ObjectNode body = mapper.createObjectNode();
        body.set("order", order(request.reference(), request.itemName(), request.amountOre(), request.feeOre()));
        return body;
    }

    /** The body of {@code POST /v1/charges/{id}/refunds}. */
    ObjectNode refund(long amountOre) {
        return mapper.createObjectNode().put("amount", amountOre);
    }

    /** Two order items: what is paid for (e.g. "Indbetaling") and the fee ("Gebyr", when there is one); no VAT. */
    private ObjectNode order(String reference, String itemName, long amountOre, long feeOre) {
        ObjectNode order = mapper.createObjectNode();
        ArrayNode items = order.putArray("items");
        item(items, "deposit", itemName, amountOre);
        if (feeOre > 0) {
            item(items, "fee", "Gebyr", feeOre);
        }
        order.put("amount", amountOre + feeOre);
        order.put("currency", CURRENCY);
        order.put("reference", reference);
        return order;
    }

    private static void item(ArrayNode items, String reference, String name, long amountOre) {
        items.addObject()
                .put("reference", reference)
                .put("name", name)
                .put("quantity", 1)
                .put("unit", "stk")
                .put("unitPrice", amountOre)
                .put("taxRate", 0)
                .put("taxAmount", 0)
                .put("grossTotalAmount", amountOre)
                .put("netTotalAmount", amountOre);
    }

    /** Reads the answer of {@code GET /v1/payments/{id}}. */
    ProviderPayment payment(JsonNode answer) {
        JsonNode payment = answer.path("payment");
        JsonNode summary = payment.path("summary");
        JsonNode details = payment.path("paymentDetails");
        JsonNode card = details.path("cardDetails");
        List<ProviderCharge> charges = new ArrayList<>();
        for (JsonNode charge : payment.path("charges")) {
            charges.add(new ProviderCharge(charge.path("chargeId").asText(), charge.path("amount").asLong(),
                    instant(text(charge, "created"))));
        }
        return new ProviderPayment(
                text(payment, "paymentId"),
                text(payment.path("orderDetails"), "reference"),
                payment.path("orderDetails").path("amount").asLong(),
                summary.path("reservedAmount").asLong(),
                summary.path("chargedAmount").asLong(),
                summary.path("refundedAmount").asLong(),
                text(details, "paymentMethod"),
                text(card, "maskedPan"),
                expiry(text(card, "expiryDate")),
                text(payment.path("unscheduledSubscription"), "unscheduledSubscriptionId"),
                charges);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** Nets writes a card's expiry as MMYY. */
    static YearMonth expiry(String mmyy) {
        if (mmyy == null || !mmyy.matches("\\d{4}")) {
            return null;
        }
        return YearMonth.of(2000 + Integer.parseInt(mmyy.substring(2)), Integer.parseInt(mmyy.substring(0, 2)));
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
