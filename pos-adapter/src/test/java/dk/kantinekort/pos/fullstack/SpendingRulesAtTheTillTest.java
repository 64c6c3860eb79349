package dk.kantinekort.pos.fullstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import dk.kantinekort.api.spending.ChangeSpendingRules;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.spending.SpendingRules;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.TillToken;
import dk.kantinekort.command.CommandSideConfiguration;
import dk.kantinekort.pos.PosAdapterConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Forbrugsregler at the till, in front of the real command side: a purchase breaking a guardian's rule is a 402
 * problem naming the rule in Danish, and a line without a category counts under the place catalogue's category for
 * its sku, else UKENDT.
 */
@SpringBootTest(classes = SpendingRulesAtTheTillTest.Boot.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:posspending;DB_CLOSE_DELAY=-1",
                "axon.axonserver.enabled=false",
                "axon.serializer.general=jackson", "axon.serializer.events=jackson", "axon.serializer.messages=jackson",
                "canteen.personal-data.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "canteen.personal-data.hash-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
                "canteen.portal.public-url=https://portal.example",
                "canteen.admin.token=" + SpendingRulesAtTheTillTest.ADMIN_TOKEN})
class SpendingRulesAtTheTillTest {

    static final String ADMIN_TOKEN = "spending-admin";

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

    String schoolPlace;
    String schoolTill;

    @BeforeEach
    void aSchoolWithATill() {
        schoolPlace = UUID.randomUUID().toString();
        schoolTill = "token-" + UUID.randomUUID();
        commands.sendAndWait(new RegisterPlace(schoolPlace, "Gladsaxe Skole", UnitKind.SCHOOL));
        commands.sendAndWait(new IssueTillCredential(schoolPlace, "till-" + schoolTill, TillToken.hash(schoolTill)));
    }

    @Test
    void aPurchaseOverTheDailyLimitIs402DailyLimitReachedWithTheLimitInTheTillMessage() {
        Account account = fundedAccount(6500);
        rules(account, new SpendingRules(Money.ofOre(2000), Map.of(), Set.of()));
        buy(account.card(), line("FROKOST", 1000, null)).expectStatus().isCreated();
        buy(account.card(), line("FROKOST", 1000, null)).expectStatus().isCreated();
        buy(account.card(), line("FROKOST", 1000, null)).expectStatus().isEqualTo(402)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.reason").isEqualTo("DAILY_LIMIT_REACHED")
                .jsonPath("$.message").isEqualTo("Dagsgrænsen på 20,00 kr. er nået")
                .jsonPath("$.rule.limit").isEqualTo(2000).jsonPath("$.rule.spentToday").isEqualTo(2000);
    }

    @Test
    void aPurchaseOverTheUnitKindsLimitIs402UnitLimitReached() {
        Account account = fundedAccount(6500);
        rules(account, new SpendingRules(null, Map.of(UnitKind.SCHOOL, Money.ofOre(1500)), Set.of()));
        buy(account.card(), line("FROKOST", 1000, null)).expectStatus().isCreated();
        buy(account.card(), line("FROKOST", 1000, null)).expectStatus().isEqualTo(402)
                .expectBody().jsonPath("$.reason").isEqualTo("UNIT_LIMIT_REACHED")
                .jsonPath("$.message").isEqualTo("Dagens grænse her på 15,00 kr. er nået")
                .jsonPath("$.rule.unitKind").isEqualTo("SCHOOL");
    }

    @Test
    void aLineOfABlockedCategoryTheTillSendsIs402CategoryBlocked() {
        Account account = fundedAccount(6500);
        rules(account, new SpendingRules(null, Map.of(), Set.of(ProductCategory.SLIK)));
        buy(account.card(), line("SKUM", 500, "SLIK")).expectStatus().isEqualTo(402)
                .expectBody().jsonPath("$.reason").isEqualTo("CATEGORY_BLOCKED")
                .jsonPath("$.message").isEqualTo("Slik er spærret på kortet")
                .jsonPath("$.rule.category").isEqualTo("SLIK");
        buy(account.card(), line("AEBLE", 500, "FRUGT")).expectStatus().isCreated();
    }

    @Test
    void aLineWithoutACategoryTakesTheCategoryThePlacesCatalogueGivesItsSku() {
        admin("/api/v1/admin/catalogue/products", """
                {"placeId":"%s","sku":"COLA","name":"Cola","priceOre":1500,"deliveryDates":["2030-01-07"],
                 "category":"SODAVAND"}""".formatted(schoolPlace)).expectStatus().isCreated();
        Account account = fundedAccount(6500);
        rules(account, new SpendingRules(null, Map.of(), Set.of(ProductCategory.SODAVAND)));
        buy(account.card(), line("COLA", 1500, null)).expectStatus().isEqualTo(402)
                .expectBody().jsonPath("$.reason").isEqualTo("CATEGORY_BLOCKED")
                .jsonPath("$.rule.category").isEqualTo("SODAVAND");
        PurchaseDeclined declined = (PurchaseDeclined) eventStore.readEvents(account.accountId()).asStream()
                .map(e -> e.getPayload()).filter(PurchaseDeclined.class::isInstance).findFirst().orElseThrow();
        assertThat(declined.brokenRule()).isEqualTo(BrokenSpendingRule.blockedCategory(ProductCategory.SODAVAND));
    }

    @Test
    void aLineNeitherTheTillNorTheCatalogueNamesIsUnknownAndABlockOfUnknownCatchesIt() {
        Account account = fundedAccount(6500);
        buy(account.card(), line("MYSTERIE", 500, null)).expectStatus().isCreated();
        PurchaseMade made = (PurchaseMade) eventStore.readEvents(account.accountId()).asStream()
                .map(e -> e.getPayload()).filter(PurchaseMade.class::isInstance).findFirst().orElseThrow();
        assertThat(made.lines()).extracting(l -> l.category()).containsExactly(ProductCategory.UKENDT);

        rules(account, new SpendingRules(null, Map.of(), Set.of(ProductCategory.UKENDT)));
        buy(account.card(), line("MYSTERIE", 500, null)).expectStatus().isEqualTo(402)
                .expectBody().jsonPath("$.reason").isEqualTo("CATEGORY_BLOCKED")
                .jsonPath("$.message").isEqualTo("Ukendt vare er spærret på kortet");
    }

    @Test
    void aCategoryOutsideTheDocumentedListIs400() {
        Account account = fundedAccount(6500);
        buy(account.card(), line("X", 500, "CHOKOLADE")).expectStatus().isEqualTo(400)
                .expectBody().jsonPath("$.reason").isEqualTo("INVALID_REQUEST")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("lines[0].category"));
    }

    record Account(String card, String accountId) {
    }

    private void rules(Account account, SpendingRules rules) {
        commands.sendAndWait(new ChangeSpendingRules(account.accountId(), rules));
    }

    private Account fundedAccount(long ore) {
        String card = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
        var r = ThreadLocalRandom.current();
        String cpr = "%02d%02d%02d%04d".formatted(r.nextInt(1, 29), r.nextInt(1, 13), r.nextInt(0, 100),
                r.nextInt(10_000));
        String json = "{\"cpr\":\"%s\",\"name\":\"Test Person\",\"cardNumber\":\"%s\"}".formatted(cpr, card);
        String accountId = JsonPath.read(new String(admin("/api/v1/admin/accounts", json).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8), "$.accountId");
        client.post().uri("/api/v1/admin/accounts/" + accountId + "/deposits").headers(h -> h.setBearerAuth(ADMIN_TOKEN))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"amount\":" + ore + "}").exchange().expectStatus().isCreated();
        return new Account(card, accountId);
    }

    private static String line(String sku, long ore, String category) {
        return "{\"sku\":\"%s\",\"name\":\"%s\",\"quantity\":1,\"unitPrice\":%d%s}".formatted(sku, sku, ore,
                category == null ? "" : ",\"category\":\"" + category + "\"");
    }

    private WebTestClient.ResponseSpec buy(String card, String line) {
        long total = JsonPath.<Integer>read(line, "$.unitPrice");
        String body = "{\"cardNumber\":\"%s\",\"lines\":[%s],\"total\":%d}".formatted(card, line, total);
        return client.post().uri("/api/v1/purchases").headers(h -> h.setBearerAuth(schoolTill))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec admin(String path, String body) {
        return client.post().uri(path).headers(h -> h.setBearerAuth(ADMIN_TOKEN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

}
