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
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import static org.assertj.core.api.Assertions.catchThrowable;
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

/** Forbrugsregler switched off for the municipality: no rule can be set, the tills' categories are still recorded. */
@SpringBootTest(classes = SpendingRulesSwitchedOffTest.Boot.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:posspendingoff;DB_CLOSE_DELAY=-1",
                "axon.axonserver.enabled=false",
                "axon.serializer.general=jackson", "axon.serializer.events=jackson", "axon.serializer.messages=jackson",
                "canteen.personal-data.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "canteen.personal-data.hash-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
                "canteen.portal.public-url=https://portal.example",
                "canteen.admin.token=" + SpendingRulesAtTheTillTest.ADMIN_TOKEN,
                "canteen.municipality.spending-rules-enabled=false"})
class SpendingRulesSwitchedOffTest {

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

    String schoolTill;

    @BeforeEach
    void aSchoolWithATill() {
        String schoolPlace = UUID.randomUUID().toString();
        schoolTill = "token-" + UUID.randomUUID();
        commands.sendAndWait(new RegisterPlace(schoolPlace, "Gladsaxe Skole", UnitKind.SCHOOL));
        commands.sendAndWait(new IssueTillCredential(schoolPlace, "till-" + schoolTill, TillToken.hash(schoolTill)));
    }

    @Test
    void noRuleCanBeSetAndPurchasesPassWithTheirCategoriesRecorded() {
        String card = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
        var r = ThreadLocalRandom.current();
        String cpr = "%02d%02d%02d%04d".formatted(r.nextInt(1, 29), r.nextInt(1, 13), r.nextInt(0, 100),
                r.nextInt(10_000));
        String accountId = JsonPath.read(new String(client.post().uri("/api/v1/admin/accounts")
                .headers(h -> h.setBearerAuth(SpendingRulesAtTheTillTest.ADMIN_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"cpr\":\"%s\",\"name\":\"Test Person\",\"cardNumber\":\"%s\"}".formatted(cpr, card))
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody(),
                StandardCharsets.UTF_8), "$.accountId");
        client.post().uri("/api/v1/admin/accounts/" + accountId + "/deposits")
                .headers(h -> h.setBearerAuth(SpendingRulesAtTheTillTest.ADMIN_TOKEN))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"amount\":6500}").exchange().expectStatus().isCreated();

        Throwable refused = catchThrowable(() -> commands.sendAndWait(new ChangeSpendingRules(accountId,
                new SpendingRules(Money.ofOre(100), Map.of(), Set.of(ProductCategory.SLIK)))));
        assertThat(RejectedException.rejectionOf(refused)).hasValueSatisfying(
                rejection -> assertThat(rejection.code()).isEqualTo(RejectionCode.PART_SWITCHED_OFF));

        client.post().uri("/api/v1/purchases").headers(h -> h.setBearerAuth(schoolTill))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"cardNumber\":\"%s\",\"lines\":[{\"sku\":\"SKUM\",\"name\":\"Skum\",\"quantity\":1,\"unitPrice\":500,\"category\":\"SLIK\"}],\"total\":500}".formatted(card))
                .exchange().expectStatus().isCreated();
        PurchaseMade made = (PurchaseMade) eventStore.readEvents(accountId).asStream().map(e -> e.getPayload())
                .filter(PurchaseMade.class::isInstance).findFirst().orElseThrow();
        assertThat(made.lines()).extracting(l -> l.category()).containsExactly(ProductCategory.SLIK);
    }
}
