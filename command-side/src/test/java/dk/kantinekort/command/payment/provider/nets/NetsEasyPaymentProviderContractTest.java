package dk.kantinekort.command.payment.provider.nets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dk.kantinekort.command.payment.provider.Checkout;
import dk.kantinekort.command.payment.provider.CheckoutRequest;
import dk.kantinekort.command.payment.provider.PaymentChoice;
import dk.kantinekort.command.payment.provider.PaymentProviderRejected;
import dk.kantinekort.command.payment.provider.PaymentProviderUnavailable;
import dk.kantinekort.command.payment.provider.ProviderCharge;
import dk.kantinekort.command.payment.provider.ProviderPayment;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import dk.kantinekort.command.payment.provider.SavedCardChargeResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against recorded Nets Easy Checkout v1 requests and answers (src/test/resources/nets/). */
class NetsEasyPaymentProviderContractTest {

    private static final String SECRET = "test-secret-key-0123";
    private static final String PAYMENT_ID = "025400006091b1ef6937598058c4e487";
    private static final String TOKEN = "d079718b-ff63-45dd-947b-4950c023750f";
    private static final String CHARGE_ID = "aec0aceb8f4d4d7d8e8c5d4b2b2c8e01";

    private WireMockServer nets;
    private NetsEasyPaymentProvider provider;

    @BeforeEach
    void startNets() {
        nets = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
        nets.start();
        provider = provider(URI.create(nets.baseUrl()), Duration.ofSeconds(2));
    }

    @AfterEach
    void stopNets() {
        nets.stop();
    }

    @Test
    void checkoutCreatesAHostedPagePaymentOfAmountPlusFeeWithAuthorizedWebhooksAndASavedCard() {
        nets.stubFor(post("/v1/payments").willReturn(json(201, "create-payment-response.json")));

        Checkout checkout = provider.createCheckout(depositWithSavedCard());

        assertThat(checkout.paymentId()).isEqualTo(PAYMENT_ID);
        assertThat(checkout.hostedPageUrl().toString())
                .startsWith("https://test.checkout.dibspayment.eu/hostedpaymentpage/").contains("pid=" + PAYMENT_ID);
        nets.verify(postRequestedFor(urlEqualTo("/v1/payments"))
                .withHeader("Authorization", equalTo(SECRET))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(resource("create-payment-request.json"), false, false)));
    }

    @Test
    void mobilePayCheckoutEnablesOnlyMobilePayAndSavesNoCard() {
        nets.stubFor(post("/v1/payments").willReturn(json(201, "create-payment-response.json")));

        provider.createCheckout(new CheckoutRequest("D-2", 5000, 0, "Indbetaling", PaymentChoice.MOBILEPAY, false,
                URI.create("https://k.example/ok"), null, null, null, null, null));

        nets.verify(postRequestedFor(urlEqualTo("/v1/payments"))
                .withRequestBody(matchingJsonPath("$.order.amount", equalTo("5000")))
                .withRequestBody(matchingJsonPath("$.order.items.length()", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.paymentMethodsConfiguration[?(@.name == 'MobilePay')].enabled",
                        equalTo("true")))
                .withRequestBody(matchingJsonPath("$.paymentMethodsConfiguration[?(@.name == 'Card')].enabled",
                        equalTo("false"))));
        String body = nets.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body).doesNotContain("unscheduledSubscription").doesNotContain("notifications");
    }

    @Test
    void paymentIsReadWithChargedAmountMaskedPanExpiryAndSavedCardToken() {
        nets.stubFor(get("/v1/payments/" + PAYMENT_ID).willReturn(json(200, "retrieve-payment-response.json")));

        ProviderPayment payment = provider.payment(PAYMENT_ID);

        assertThat(payment).isEqualTo(new ProviderPayment(PAYMENT_ID, "D-2026-000042", 30300, 30300, 30300, 0,
                "Visa", "411111******1111", YearMonth.of(2028, 8), TOKEN,
                java.util.List.of(new ProviderCharge(CHARGE_ID, 30300, Instant.parse("2026-03-02T10:16:02.5678Z")))));
        assertThat(payment.isCharged()).isTrue();
        nets.verify(getRequestedFor(urlEqualTo("/v1/payments/" + PAYMENT_ID))
                .withHeader("Authorization", equalTo(SECRET)));
    }

    @Test
    void savedCardIsChargedAmountPlusFeeUnderTheIdempotencyKey() {
        nets.stubFor(post("/v1/unscheduledsubscriptions/" + TOKEN + "/charges")
                .willReturn(json(202, "unscheduled-charge-response.json")));

        SavedCardChargeResult result = provider.chargeSavedCard(
                new SavedCardChargeRequest(TOKEN, "T-2026-000007", 20000, 200, "topup-7"));

        assertThat(result).isEqualTo(new SavedCardChargeResult.Charged("02a900006091b1ef6937598058c4e500",
                "b4c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5"));
        nets.verify(postRequestedFor(urlEqualTo("/v1/unscheduledsubscriptions/" + TOKEN + "/charges"))
                .withHeader("Authorization", equalTo(SECRET))
                .withHeader("Idempotency-Key", equalTo("topup-7"))
                .withRequestBody(equalToJson(resource("unscheduled-charge-request.json"), false, false)));
    }

    @Test
    void aWebshopDeliveryIsChargedUnderItsOwnNameWithTheFeeBesideIt() {
        nets.stubFor(post("/v1/unscheduledsubscriptions/" + TOKEN + "/charges")
                .willReturn(json(202, "unscheduled-charge-response.json")));

        provider.chargeSavedCard(new SavedCardChargeRequest(TOKEN, "webshop-o-1-2026-11-30", "Webshop 30-11-2026",
                3500, 144, "webshop-o-1-2026-11-30"));

        nets.verify(postRequestedFor(urlEqualTo("/v1/unscheduledsubscriptions/" + TOKEN + "/charges"))
                .withRequestBody(matchingJsonPath("$.order.items[0].name", equalTo("Webshop 30-11-2026")))
                .withRequestBody(matchingJsonPath("$.order.items[0].grossTotalAmount", equalTo("3500")))
                .withRequestBody(matchingJsonPath("$.order.items[1].name", equalTo("Gebyr")))
                .withRequestBody(matchingJsonPath("$.order.amount", equalTo("3644"))));
    }

    @Test
    void declinedSavedCardIsAResultWithTheIssuerCode() {
        nets.stubFor(post("/v1/unscheduledsubscriptions/" + TOKEN + "/charges")
                .willReturn(json(402, "unscheduled-charge-declined-response.json")));

        SavedCardChargeResult result = provider.chargeSavedCard(
                new SavedCardChargeRequest(TOKEN, "T-8", 20000, 0, "topup-8"));

        assertThat(result).isEqualTo(new SavedCardChargeResult.Declined("51", "Insufficient funds"));
    }

    @Test
    void chargeIsRefundedWithItsAmount() {
        nets.stubFor(post("/v1/charges/" + CHARGE_ID + "/refunds").willReturn(json(201, "refund-response.json")));

        String refundId = provider.refundCharge(CHARGE_ID, 10000, "refund-1");

        assertThat(refundId).isEqualTo("f1e2d3c4b5a69788796a5b4c3d2e1f00");
        nets.verify(postRequestedFor(urlEqualTo("/v1/charges/" + CHARGE_ID + "/refunds"))
                .withHeader("Authorization", equalTo(SECRET))
                .withHeader("Idempotency-Key", equalTo("refund-1"))
                .withRequestBody(equalToJson(resource("refund-request.json"), false, false)));
    }

    @Test
    void serverErrorIsTransient() {
        nets.stubFor(get("/v1/payments/" + PAYMENT_ID).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Internal error\",\"code\":\"1000\",\"source\":\"Internal\"}")));

        assertThatThrownBy(() -> provider.payment(PAYMENT_ID)).isInstanceOf(PaymentProviderUnavailable.class);
    }

    @Test
    void serverErrorOnASavedCardChargeIsTransientNotADecline() {
        nets.stubFor(post("/v1/unscheduledsubscriptions/" + TOKEN + "/charges").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> provider.chargeSavedCard(new SavedCardChargeRequest(TOKEN, "T-9", 100, 0, "k-9")))
                .isInstanceOf(PaymentProviderUnavailable.class);
    }

    @Test
    void slowAnswerIsATimeoutAndTransient() {
        provider = provider(URI.create(nets.baseUrl()), Duration.ofMillis(300));
        nets.stubFor(get("/v1/payments/" + PAYMENT_ID)
                .willReturn(json(200, "retrieve-payment-response.json").withFixedDelay(3000)));

        assertThatThrownBy(() -> provider.payment(PAYMENT_ID)).isInstanceOf(PaymentProviderUnavailable.class);
    }

    @Test
    void unreachableProviderIsTransient() {
        provider = provider(URI.create("http://127.0.0.1:" + closedPort()), Duration.ofSeconds(2));

        assertThatThrownBy(() -> provider.payment(PAYMENT_ID)).isInstanceOf(PaymentProviderUnavailable.class);
    }

    @Test
    void badRequestIsPermanent() {
        nets.stubFor(post("/v1/payments").willReturn(json(400, "bad-request-response.json")));

        assertThatThrownBy(() -> provider.createCheckout(depositWithSavedCard()))
                .isInstanceOfSatisfying(PaymentProviderRejected.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void wrongSecretKeyIsPermanent() {
        nets.stubFor(get("/v1/payments/" + PAYMENT_ID).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> provider.payment(PAYMENT_ID))
                .isInstanceOfSatisfying(PaymentProviderRejected.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void secretKeyIsNeverPrintedBySettings() {
        assertThat(new NetsEasySettings(URI.create("http://x"), SECRET, Duration.ofSeconds(1)).toString())
                .doesNotContain(SECRET);
    }

    private static CheckoutRequest depositWithSavedCard() {
        return new CheckoutRequest("D-2026-000042", 30000, 300, "Indbetaling", PaymentChoice.CARD, true,
                URI.create("https://kantinekort.example/indbetaling/kvittering"),
                URI.create("https://kantinekort.example/indbetaling/annulleret"),
                URI.create("https://kantinekort.example/betalingsbetingelser"),
                URI.create("https://kantinekort.example/psp/webhooks"), "webhook-secret-123", "borger@example.dk");
    }

    private static NetsEasyPaymentProvider provider(URI baseUrl, Duration timeout) {
        return new NetsEasyPaymentProvider(new NetsEasySettings(baseUrl, SECRET, timeout), new ObjectMapper());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String file) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(resource(file));
    }

    private static String resource(String name) {
        try (InputStream in = NetsEasyPaymentProviderContractTest.class.getResourceAsStream("/nets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource nets/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
