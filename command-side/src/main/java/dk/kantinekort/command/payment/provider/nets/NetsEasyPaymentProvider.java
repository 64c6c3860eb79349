package dk.kantinekort.command.payment.provider.nets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kantinekort.command.payment.provider.Checkout;
import dk.kantinekort.command.payment.provider.CheckoutRequest;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.payment.provider.PaymentProviderRejected;
import dk.kantinekort.command.payment.provider.PaymentProviderUnavailable;
import dk.kantinekort.command.payment.provider.ProviderPayment;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import dk.kantinekort.command.payment.provider.SavedCardChargeResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Nexi/Nets Easy Checkout v1 REST client (JDK HttpClient, Jackson).
 *
 * <p>Calls: {@code POST /v1/payments} (hosted payment page, {@code charge:true}, webhooks with the merchant's
 * authorization, {@code unscheduledSubscription.create} to save the card), {@code GET /v1/payments/{id}},
 * {@code POST /v1/unscheduledsubscriptions/{id}/charges} and {@code POST /v1/charges/{id}/refunds}, both with an
 * {@code Idempotency-Key} header. Errors: I/O, timeouts, 5xx, 409 (same key still in flight) and 429 are
 * {@link PaymentProviderUnavailable}; a 402 on a saved-card charge is a decline; every other 4xx is
 * {@link PaymentProviderRejected}.
 *
 * <p>Where the documentation is silent we chose: the 402 body of a declined unscheduled charge is the error shape
 * of Nets' 5xx answers, {@code {"code":"51","message":"...","source":"Issuer"}} (also accepted nested under
 * {@code "error"}); a card-saving payment of 0 kr. still carries the "Indbetaling" order item with amount 0; the
 * refund call sends the Idempotency-Key header as the charge call does. Logs carry payment ids and statuses only,
 * never card data, bodies or the secret key.
 */
public final class NetsEasyPaymentProvider implements PaymentProvider {

    private static final Logger log = LoggerFactory.getLogger(NetsEasyPaymentProvider.class);

    private final NetsEasySettings settings;
    private final HttpClient http;
    private final ObjectMapper mapper;
    private final NetsEasyJson json;

    public NetsEasyPaymentProvider(NetsEasySettings settings, ObjectMapper mapper) {
        this(settings, HttpClient.newBuilder().connectTimeout(settings.timeout()).build(), mapper);
    }

    NetsEasyPaymentProvider(NetsEasySettings settings, HttpClient http, ObjectMapper mapper) {
        this.settings = settings;
        this.http = http;
        this.mapper = mapper;
        this.json = new NetsEasyJson(mapper);
    }

    @Override
    public Checkout createCheckout(CheckoutRequest request) {
        JsonNode answer = ok(send(post("/v1/payments", json.createPayment(request), null)), "create payment");
        String paymentId = NetsEasyJson.text(answer, "paymentId");
        String page = NetsEasyJson.text(answer, "hostedPaymentPageUrl");
        if (paymentId == null || page == null) {
            throw new PaymentProviderRejected(200, "Nets Easy created a payment without id or hosted page");
        }
        log.info("Payment {} created for reference {}", paymentId, request.reference());
        return new Checkout(paymentId, URI.create(page));
    }

    @Override
    public ProviderPayment payment(String paymentId) {
        HttpRequest request = builder("/v1/payments/" + segment(paymentId)).GET().build();
        return json.payment(ok(send(request), "retrieve payment"));
    }

    @Override
    public SavedCardChargeResult chargeSavedCard(SavedCardChargeRequest request) {
        HttpResponse<String> response = send(post("/v1/unscheduledsubscriptions/"
                + segment(request.savedCardToken()) + "/charges", json.chargeSavedCard(request),
                request.idempotencyKey()));
        if (response.statusCode() == 402) {
            JsonNode error = body(response);
            JsonNode detail = error.has("error") ? error.path("error") : error;
            String code = NetsEasyJson.text(detail, "code");
            log.info("Saved-card charge for reference {} declined with code {}", request.reference(), code);
            return new SavedCardChargeResult.Declined(code, NetsEasyJson.text(detail, "message"));
        }
        JsonNode answer = ok(response, "charge saved card");
        return new SavedCardChargeResult.Charged(NetsEasyJson.text(answer, "paymentId"),
                NetsEasyJson.text(answer, "chargeId"));
    }

    @Override
    public String refundCharge(String chargeId, long amountOre, String idempotencyKey) {
        JsonNode answer = ok(send(post("/v1/charges/" + segment(chargeId) + "/refunds", json.refund(amountOre),
                idempotencyKey)), "refund charge");
        return NetsEasyJson.text(answer, "refundId");
    }

    private HttpRequest post(String path, ObjectNode body, String idempotencyKey) {
        HttpRequest.Builder builder = builder(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return builder.build();
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.resolve(path))
                .timeout(settings.timeout())
                .header("Authorization", settings.secretKey())
                .header("Accept", "application/json");
        if (settings.commercePlatformTag() != null && !settings.commercePlatformTag().isBlank()) {
            builder.header("CommercePlatformTag", settings.commercePlatformTag());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // connect errors and HttpTimeoutException alike: the call may be retried
            throw new PaymentProviderUnavailable("Nets Easy did not answer " + request.method() + " "
                    + request.uri().getPath() + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentProviderUnavailable("Interrupted while calling Nets Easy", e);
        }
    }

    private JsonNode ok(HttpResponse<String> response, String call) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return body(response);
        }
        log.warn("Nets Easy answered {} to {} ({})", status, call, response.request().uri().getPath());
        if (status >= 500 || status == 409 || status == 429) {
            throw new PaymentProviderUnavailable("Nets Easy answered " + status + " to " + call);
        }
        throw new PaymentProviderRejected(status, "Nets Easy answered " + status + " to " + call);
    }

    private JsonNode body(HttpResponse<String> response) {
        String body = response.body();
        if (body == null || body.isBlank()) {
            return mapper.createObjectNode();
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new PaymentProviderUnavailable("Nets Easy answered " + response.statusCode()
                    + " with a body that is not JSON");
        }
    }

    private String write(ObjectNode body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
