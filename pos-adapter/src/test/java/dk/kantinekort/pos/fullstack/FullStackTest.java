package dk.kantinekort.pos.fullstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.OrderReplacementCard;
import dk.kantinekort.api.account.ProduceReplacementCard;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.RevokeTillCredential;
import dk.kantinekort.api.till.TillToken;
import dk.kantinekort.command.CommandSideConfiguration;
import dk.kantinekort.pos.PosAdapterConfiguration;
import dk.kantinekort.pos.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The till and admin API in front of the real command side (aggregates, JDBC event store and look-up tables
 * on in-memory H2). The read side is not here, so the balance inquiry is covered by the fake-ledger tests.
 */
@SpringBootTest(classes = FullStackTest.Boot.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:posfullstack;DB_CLOSE_DELAY=-1",
                "axon.axonserver.enabled=false",
                "axon.serializer.general=jackson", "axon.serializer.events=jackson", "axon.serializer.messages=jackson",
                "canteen.personal-data.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "canteen.personal-data.hash-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
                "canteen.portal.public-url=https://portal.example",
                "canteen.admin.token=" + FullStackTest.ADMIN_TOKEN,
                "canteen.admin.integrations.kasse.token=" + FullStackTest.KASSE_TOKEN,
                "canteen.admin.integrations.skoleimport.token=" + FullStackTest.SKOLEIMPORT_TOKEN})
class FullStackTest {

    static final String ADMIN_TOKEN = "full-stack-admin";
    static final String KASSE_TOKEN = "full-stack-kasse";
    static final String SKOLEIMPORT_TOKEN = "full-stack-skoleimport";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({CommandSideConfiguration.class, PosAdapterConfiguration.class})
    static class Boot {
    }

    @Autowired
    WebTestClient client;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @LocalServerPort
    int port;

    String schoolPlace;
    String schoolTill;
    String cinemaTill;

    @BeforeEach
    void aSchoolAndACinemaWithATillEach() {
        schoolPlace = UUID.randomUUID().toString();
        String cinemaPlace = UUID.randomUUID().toString();
        schoolTill = "token-" + UUID.randomUUID();
        cinemaTill = "token-" + UUID.randomUUID();
        commands.sendAndWait(new RegisterPlace(schoolPlace, "Gladsaxe Skole", UnitKind.SCHOOL));
        commands.sendAndWait(new IssueTillCredential(schoolPlace, "till-" + schoolTill, TillToken.hash(schoolTill)));
        commands.sendAndWait(new RegisterPlace(cinemaPlace, "Gladsaxe Bio", UnitKind.CINEMA));
        commands.sendAndWait(new IssueTillCredential(cinemaPlace, "till-" + cinemaTill, TillToken.hash(cinemaTill)));
    }

    @Test
    void aPurchaseIsChargedOnceReplayedOnRetryAndRefusedForAnotherBody() {
        String card = fundedCard(6500, null);
        String key = UUID.randomUUID().toString();
        byte[] first = buy(schoolTill, key, purchase(card, 300)).expectStatus().isCreated()
                .expectBody().jsonPath("$.balanceAfter").isEqualTo(6200).jsonPath("$.amount").isEqualTo(300)
                .jsonPath("$.cardNumber").isEqualTo(card).jsonPath("$.autoTopUpTriggered").isEqualTo(false)
                .returnResult().getResponseBody();
        byte[] again = buy(schoolTill, key, purchase(card, 300)).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().returnResult().getResponseBody();
        assertThat(again).isEqualTo(first);
        problem(buy(schoolTill, key, purchase(card, 400)), 422, "IDEMPOTENCY_KEY_REUSED");
        buy(schoolTill, UUID.randomUUID().toString(), purchase(card, 100)).expectStatus().isCreated()
                .expectBody().jsonPath("$.balanceAfter").isEqualTo(6100);
    }

    @Test
    void thePurchaseEventCarriesTheTillTheChannelAndTheCallersCorrelationId() {
        String card = fundedCard(1000, null);
        byte[] body = client.post().uri("/api/v1/purchases").headers(h -> h.setBearerAuth(schoolTill))
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("X-Correlation-Id", "kasse-1-42")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(purchase(card, 300)).exchange()
                .expectStatus().isCreated().expectBody().returnResult().getResponseBody();
        String accountId = accountOf(card);
        var event = eventStore.readEvents(accountId).asStream()
                .filter(e -> e.getPayload() instanceof PurchaseMade).findFirst().orElseThrow();
        assertThat(((PurchaseMade) event.getPayload()).purchaseId()).isEqualTo(JsonPath.read(text(body), "$.purchaseId"));
        assertThat(event.getMetaData()).containsEntry(Metadata.ACTOR, "till:till-" + schoolTill)
                .containsEntry(Metadata.CHANNEL, "TILL").containsEntry(Metadata.CORRELATION_ID, "kasse-1-42");
    }

    @Test
    void everyDeclineReasonComesBackAs402() {
        problem(buy(schoolTill, UUID.randomUUID().toString(), purchase(randomCard(), 100)), 402, "CARD_UNKNOWN");

        String poor = fundedCard(200, null);
        problem(buy(schoolTill, UUID.randomUUID().toString(), purchase(poor, 300)), 402, "INSUFFICIENT_FUNDS");

        String cinemaOnly = fundedCard(1000, "[\"CINEMA\"]");
        problem(buy(schoolTill, UUID.randomUUID().toString(), purchase(cinemaOnly, 100)), 402, "UNIT_NOT_ALLOWED");
        buy(cinemaTill, UUID.randomUUID().toString(), purchase(cinemaOnly, 100)).expectStatus().isCreated();

        String lost = fundedCard(5000, null);
        admin("/api/v1/admin/cards/" + lost + "/block", null, "{\"reason\":\"Mistet\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("BLOCKED");
        problem(buy(schoolTill, UUID.randomUUID().toString(), purchase(lost, 100)), 402, "CARD_BLOCKED");
        admin("/api/v1/admin/cards/" + lost + "/unblock", null, null).expectStatus().isOk();
        buy(schoolTill, UUID.randomUUID().toString(), purchase(lost, 100)).expectStatus().isCreated();

        String old = fundedCard(5000, null);
        String accountId = accountOf(old);
        String orderId = UUID.randomUUID().toString();
        commands.sendAndWait(new OrderReplacementCard(accountId, orderId));
        commands.sendAndWait(new ProduceReplacementCard(accountId, orderId));
        problem(buy(schoolTill, UUID.randomUUID().toString(), purchase(old, 100)), 402, "CARD_REPLACED");
    }

    @Test
    void refundsGoBackOnlyOnceOnlyAtThePlaceAndNeverBeyondThePurchase() {
        String card = fundedCard(1000, null);
        String purchaseId = JsonPath.read(text(buy(schoolTill, UUID.randomUUID().toString(), purchase(card, 300))
                .expectStatus().isCreated().expectBody().returnResult().getResponseBody()), "$.purchaseId");
        String refunds = "/api/v1/purchases/" + purchaseId + "/refunds";

        problem(till(cinemaTill, refunds, UUID.randomUUID().toString(), "{\"amount\":100}"), 403, "WRONG_PLACE");
        String key = UUID.randomUUID().toString();
        till(schoolTill, refunds, key, "{\"amount\":200}").expectStatus().isCreated().expectBody()
                .jsonPath("$.amount").isEqualTo(200).jsonPath("$.balanceAfter").isEqualTo(900)
                .jsonPath("$.purchaseId").isEqualTo(purchaseId);
        till(schoolTill, refunds, key, "{\"amount\":200}").expectStatus().isCreated().expectBody()
                .jsonPath("$.balanceAfter").isEqualTo(900);
        problem(till(schoolTill, refunds, UUID.randomUUID().toString(), "{\"amount\":200}"), 422, "REFUND_EXCEEDS_PURCHASE");
        till(schoolTill, refunds, UUID.randomUUID().toString(), "{\"lines\":[{\"sku\":\"VARE\",\"quantity\":1}]}")
                .expectStatus().isEqualTo(422);
        problem(till(schoolTill, "/api/v1/purchases/" + UUID.randomUUID() + "/refunds", UUID.randomUUID().toString(),
                "{\"amount\":100}"), 404, "PURCHASE_NOT_FOUND");
    }

    @Test
    void aRevokedTillIsTurnedAwayAtItsNextPurchaseDespiteTheCache() {
        String card = fundedCard(1000, null);
        String token = "token-" + UUID.randomUUID();
        commands.sendAndWait(new IssueTillCredential(schoolPlace, "till-" + token, TillToken.hash(token)));
        buy(token, UUID.randomUUID().toString(), purchase(card, 100)).expectStatus().isCreated();

        commands.sendAndWait(new RevokeTillCredential(schoolPlace, "till-" + token));

        problem(buy(token, UUID.randomUUID().toString(), purchase(card, 100)), 401, "TILL_UNKNOWN");
        problem(buy(token, UUID.randomUUID().toString(), purchase(card, 100)), 401, "UNAUTHORIZED");
    }

    @Test
    void accountsOpenIdempotentlyByCprAndInBulk() {
        String cpr = randomCpr();
        String single = "{\"cpr\":\"%s\",\"name\":\"Ida Elev\",\"email\":\"ida@example.org\",\"cardNumber\":\"%s\"}"
                .formatted(cpr, randomCard());
        String accountId = JsonPath.read(text(admin("/api/v1/admin/accounts", null, single).expectStatus().isCreated()
                .expectBody().jsonPath("$.created").isEqualTo(true).returnResult().getResponseBody()), "$.accountId");
        admin("/api/v1/admin/accounts", null, single).expectStatus().isCreated().expectBody()
                .jsonPath("$.created").isEqualTo(false).jsonPath("$.accountId").isEqualTo(accountId);

        String bulk = "[" + single + ",{\"cpr\":\"%s\",\"name\":\"Bo\",\"cardNumber\":\"%s\",\"allowedUnits\":[\"SCHOOL\"]}]"
                .formatted(randomCpr(), randomCard());
        admin("/api/v1/admin/accounts", null, bulk).expectStatus().isCreated().expectBody()
                .jsonPath("$[0].created").isEqualTo(false).jsonPath("$[1].created").isEqualTo(true);
    }

    @Test
    void depositsAreCountedOncePerKeyAndUnknownAccountsAre404() {
        String card = fundedCard(1000, null);
        String accountId = accountOf(card);
        String key = UUID.randomUUID().toString();
        admin("/api/v1/admin/accounts/" + accountId + "/deposits", key, "{\"amount\":5000,\"reference\":\"kasse 3\"}")
                .expectStatus().isCreated().expectBody().jsonPath("$.balanceAfter").isEqualTo(6000);
        admin("/api/v1/admin/accounts/" + accountId + "/deposits", key, "{\"amount\":5000,\"reference\":\"kasse 3\"}")
                .expectStatus().isCreated().expectBody().jsonPath("$.balanceAfter").isEqualTo(6000);
        problem(admin("/api/v1/admin/accounts/" + UUID.randomUUID() + "/deposits", UUID.randomUUID().toString(),
                "{\"amount\":100}"), 404, "ACCOUNT_NOT_FOUND");
    }

    @Test
    void aTillTokenCannotDepositThroughAMatrixParameterOrAnEncodedLetterAndTheBalanceStaysAsItWas() {
        String card = fundedCard(1000, null);
        String accountId = accountOf(card);
        long eventsBefore = eventStore.readEvents(accountId).asStream().count();
        String deposit = "{\"amount\":500000,\"reference\":\"x\"}";
        for (String target : List.of("/api/v1/admin;x/accounts/" + accountId + "/deposits",
                "/api/v1/admin;x=1/accounts/" + accountId + "/deposits",
                "/api/v1/%61dmin/accounts/" + accountId + "/deposits",
                "/api/v1/purchases/../admin/accounts/" + accountId + "/deposits")) {
            RawHttp.Response response = RawHttp.send(port, "POST", target, Map.of("Authorization", "Bearer " + schoolTill,
                    "Idempotency-Key", UUID.randomUUID().toString(), "Content-Type", "application/json"), deposit);
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.body()).as(target).contains("\"reason\":\"INVALID_REQUEST\"").contains("not canonical");
        }
        problem(till(schoolTill, "/api/v1/admin/accounts/" + accountId + "/deposits", UUID.randomUUID().toString(),
                deposit), 401, "UNAUTHORIZED");

        assertThat(eventStore.readEvents(accountId).asStream().count()).isEqualTo(eventsBefore);
        buy(schoolTill, UUID.randomUUID().toString(), purchase(card, 1000)).expectStatus().isCreated()
                .expectBody().jsonPath("$.balanceAfter").isEqualTo(0);
    }

    @Test
    void eachIntegrationsDepositIsRecordedWithItsOwnActor() {
        String card = fundedCard(1000, null);
        String accountId = accountOf(card);
        for (String token : List.of(KASSE_TOKEN, SKOLEIMPORT_TOKEN)) {
            client.post().uri("/api/v1/admin/accounts/" + accountId + "/deposits").headers(h -> h.setBearerAuth(token))
                    .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"amount\":100,\"reference\":\"kasse 1\"}").exchange().expectStatus().isCreated();
        }
        List<Object> actors = eventStore.readEvents(accountId).asStream()
                .filter(e -> e.getPayload() instanceof MoneyDeposited).map(e -> e.getMetaData().get(Metadata.ACTOR)).toList();
        assertThat(actors).containsExactly("admin:default", "admin:kasse", "admin:skoleimport");
    }

    @Test
    void concurrentPurchasesOnOneCardNeverOverdrawIt() {
        String card = fundedCard(1000, null);
        List<Integer> statuses = Flux.range(0, 40)
                .flatMap(i -> post(schoolTill, UUID.randomUUID().toString(), purchase(card, 100)), 40)
                .collectList().block();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 402).hasSize(30);
        problem(buy(schoolTill, UUID.randomUUID().toString(), purchase(card, 1)), 402, "INSUFFICIENT_FUNDS");
    }

    @Test
    void concurrentRetriesWithOneKeyChargeOnce() {
        String card = fundedCard(1000, null);
        String key = UUID.randomUUID().toString();
        List<Integer> statuses = Flux.range(0, 20)
                .flatMap(i -> post(schoolTill, key, purchase(card, 100)), 20)
                .collectList().block();
        assertThat(statuses).contains(201).allSatisfy(s -> assertThat(s).isIn(201, 409));
        buy(schoolTill, UUID.randomUUID().toString(), purchase(card, 100)).expectStatus().isCreated()
                .expectBody().jsonPath("$.balanceAfter").isEqualTo(800);
    }

    // --- helpers ---

    private Mono<Integer> post(String token, String key, String body) {
        return WebClient.create("http://localhost:" + port).post().uri("/api/v1/purchases")
                .headers(h -> h.setBearerAuth(token)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value()));
    }

    private String fundedCard(long ore, String allowedUnits) {
        String card = randomCard();
        String json = "{\"cpr\":\"%s\",\"name\":\"Test Person\",\"cardNumber\":\"%s\"%s}".formatted(randomCpr(), card,
                allowedUnits == null ? "" : ",\"allowedUnits\":" + allowedUnits);
        String accountId = JsonPath.read(text(admin("/api/v1/admin/accounts", null, json).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody()), "$.accountId");
        cards.put(card, accountId);
        admin("/api/v1/admin/accounts/" + accountId + "/deposits", UUID.randomUUID().toString(),
                "{\"amount\":" + ore + "}").expectStatus().isCreated();
        return card;
    }

    private final Map<String, String> cards = new java.util.concurrent.ConcurrentHashMap<>();

    private String accountOf(String card) {
        return cards.get(card);
    }

    private WebTestClient.ResponseSpec buy(String token, String key, String body) {
        return till(token, "/api/v1/purchases", key, body);
    }

    private WebTestClient.ResponseSpec till(String token, String path, String key, String body) {
        return client.post().uri(path).headers(h -> h.setBearerAuth(token)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec admin(String path, String key, String body) {
        WebTestClient.RequestBodySpec spec = client.post().uri(path).headers(h -> h.setBearerAuth(ADMIN_TOKEN));
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return body == null ? spec.exchange() : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static void problem(WebTestClient.ResponseSpec response, int status, String reason) {
        response.expectStatus().isEqualTo(status).expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.reason").isEqualTo(reason).jsonPath("$.message").isNotEmpty();
    }

    private static String purchase(String card, long ore) {
        return "{\"cardNumber\":\"%s\",\"lines\":[{\"sku\":\"VARE\",\"name\":\"Vare\",\"quantity\":1,\"unitPrice\":%d}],\"total\":%d}"
                .formatted(card, ore, ore);
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String randomCard() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
    }

    private static String randomCpr() {
        var r = ThreadLocalRandom.current();
        return "%02d%02d%02d%04d".formatted(r.nextInt(1, 29), r.nextInt(1, 13), r.nextInt(0, 100), r.nextInt(10_000));
    }
}
