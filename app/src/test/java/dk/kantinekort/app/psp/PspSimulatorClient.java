package dk.kantinekort.app.psp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pays on the simulator's hosted page over plain HTTP, as a citizen's browser would (GET the page, POST its form),
 * and drives the simulator's test hooks; lets any test "pay" without a browser.
 */
public final class PspSimulatorClient {

    /** A card the simulator approves, with an expiry date well ahead. */
    public static final String SUCCESS_CARD = "4111 1111 1111 1111";
    public static final String INSUFFICIENT_FUNDS_CARD = "4000 0000 0000 9995";
    public static final String EXPIRED_CARD = "4000 0000 0000 0069";
    public static final String BLOCKED_CARD = "4000 0000 0000 0119";

    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

    private final URI baseUrl;
    private final String secretKey;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    public PspSimulatorClient(URI baseUrl, String secretKey) {
        this.baseUrl = baseUrl;
        this.secretKey = secretKey;
    }

    /** What the page answered to a payment attempt: a redirect back to the merchant, or the page again. */
    public record Result(int status, URI redirect, String html) {

        /** True when the page sent the citizen back to the merchant (paid). */
        public boolean approved() {
            return status == 302 && redirect != null;
        }
    }

    /** The hosted page's HTML. */
    public String page(URI hostedPage) {
        return send(HttpRequest.newBuilder(hostedPage).GET()).body();
    }

    public Result payWithSuccessCard(URI hostedPage) {
        return payWithCard(hostedPage, SUCCESS_CARD);
    }

    /** Pays with a card number, a valid future expiry and CVC 123. */
    public Result payWithCard(URI hostedPage, String cardNumber) {
        YearMonth expiry = YearMonth.now().plusYears(3);
        return payWithCard(hostedPage, "Test Borger", cardNumber,
                String.format("%02d/%02d", expiry.getMonthValue(), expiry.getYear() % 100), "123");
    }

    public Result payWithCard(URI hostedPage, String cardholder, String cardNumber, String expiry, String cvc) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("cardholder", cardholder);
        form.put("cardNumber", cardNumber);
        form.put("expiry", expiry);
        form.put("cvc", cvc);
        return submit(hostedPage, "/card", form);
    }

    public Result payWithMobilePay(URI hostedPage, String phone) {
        return submit(hostedPage, "/mobilepay", Map.of("phone", phone));
    }

    /** Test hook: sends the payment's webhooks again, {@code times} over, optionally last first; answers how many. */
    public int resendWebhooks(String paymentId, int times, boolean reverse) {
        String query = "?times=" + times + (reverse ? "&order=reverse" : "");
        return hook("POST", "/simulator/payments/" + paymentId + "/resend-webhooks" + query, "").path("sent").asInt();
    }

    /** Test hook: the webhooks of the next payment are lost. */
    public void dropNextWebhooks() {
        hook("POST", "/simulator/drop-next-webhooks", "");
    }

    /** Test hook: what the simulator sent (or dropped, status 0), oldest first. */
    public JsonNode sentWebhooks() {
        return hook("GET", "/simulator/webhooks", null);
    }

    /**
     * Test hook: every API call waits {@code delayMillis} and, with a {@code status} other than 0, is answered with it
     * (a failing or slow provider); {@code outage(0, 0)} ends it.
     */
    public void outage(int status, long delayMillis) {
        hook("POST", "/simulator/outage", "{\"status\":" + status + ",\"delayMillis\":" + delayMillis + "}");
    }

    /** The provider's settlement report (CSV) of the charges and refunds made in these days. */
    public String settlementReport(java.time.LocalDate from, java.time.LocalDate to) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(baseUrl.resolve("/simulator/settlements?from="
                + from + "&to=" + to)).header("Authorization", secretKey).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /simulator/settlements answered " + response.statusCode());
        }
        return response.body();
    }

    /** Test hook: the saved card declines with this code from now on (null: its own answer again). */
    public void forceDecline(String token, String code) {
        hook("POST", "/simulator/cards/" + token + "/behaviour", code == null ? "{}" : "{\"decline\":\"" + code + "\"}");
    }

    private Result submit(URI hostedPage, String method, Map<String, String> form) {
        String page = page(hostedPage);
        Matcher action = FORM_ACTION.matcher(page);
        String target = null;
        while (action.find()) {
            if (action.group(1).endsWith(method)) {
                target = action.group(1);
            }
        }
        if (target == null) {
            throw new IllegalStateException("The hosted page has no form for " + method);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(hostedPage.resolve(target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        URI location = response.headers().firstValue("Location").map(URI::create).orElse(null);
        return new Result(response.statusCode(), location, response.body());
    }

    private JsonNode hook(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path)).header("Authorization", secretKey)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode());
        }
        try {
            return response.body().isBlank() ? mapper.createObjectNode() : mapper.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
