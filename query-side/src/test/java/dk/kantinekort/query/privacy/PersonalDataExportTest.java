package dk.kantinekort.query.privacy;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.api.notice.NoticesChosen;
import dk.kantinekort.api.notice.NoticesId;
import dk.kantinekort.api.privacy.FindPersonalDataExport;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.spending.SpendingRules;
import dk.kantinekort.api.spending.SpendingRulesChanged;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import dk.kantinekort.query.TestKeyVault;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Right of access: the file holds the citizen's own data in plain words and nothing of an unrelated citizen. */
@SpringBootTest(classes = QuerySideTestApplication.class)
class PersonalDataExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;

    @Test
    void theFileHoldsTheCitizensNameAccountsStatementLinesAndHistoryInPlainWordsAndNothingOfAStranger()
            throws Exception {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        String ida = newId();
        String stranger = newId();
        CardNumber idaCard = newCardNumber();
        CardNumber strangerCard = newCardNumber();
        String idaAccount = ledger.openAccount(ida, "Ida Eksport", "0101121234", idaCard, at);
        String strangerAccount = ledger.openAccount(stranger, "Frede Fremmed", "0202021234", strangerCard, at);
        ledger.deposit(idaAccount, 20_000, 20_000, at.plusSeconds(1));
        ledger.account(idaAccount, ledger.purchase(idaAccount, idaCard, "place-1", 350, 2, 19_300), at.plusSeconds(2));
        ledger.deposit(strangerAccount, 99_900, 99_900, at.plusSeconds(1));

        JsonNode file = await().atMost(Duration.ofSeconds(10)).until(() -> export(ida),
                f -> f != null && f.path("people").path(0).path("cardAccounts").path(0).path("statementLines")
                        .size() == 2);
        String text = file.toString();

        JsonNode person = file.path("people").path(0);
        assertThat(person.path("relationToYou").asText()).isEqualTo("yourself");
        assertThat(person.path("name").asText()).isEqualTo("Ida Eksport");
        assertThat(person.path("cprNumber").asText()).isEqualTo("010112-");
        JsonNode account = person.path("cardAccounts").path(0);
        assertThat(account.path("accountId").asText()).isEqualTo(idaAccount);
        assertThat(account.path("cardNumber").asText()).isEqualTo(idaCard.value());
        assertThat(account.path("balance").asText()).isEqualTo("193,00 kr.");
        JsonNode purchase = account.path("statementLines").path(1);
        assertThat(purchase.path("amount").asText()).isEqualTo("-7,00 kr.");
        assertThat(purchase.path("time").asText()).isEqualTo(at.plusSeconds(2).toString());
        assertThat(purchase.path("items").path(0).path("product").asText()).isEqualTo("Ostehaps");
        assertThat(account.path("eventHistory").findValuesAsText("whatHappened"))
                .contains("Card account opened", "Money deposited", "Purchase made");
        assertThat(text).doesNotContain("Frede Fremmed", strangerAccount, strangerCard.value(), stranger, "999,00");
    }

    @Test
    void theFileHoldsTheAccountsSpendingRulesAndTheCitizensOwnNoticeChoiceWithItsAddressOpened() throws Exception {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        String ida = newId();
        String other = newId();
        String idaAccount = ledger.openAccount(ida, "Ida Regel", "0101121234", newCardNumber(), at);
        ledger.account(idaAccount, new SpendingRulesChanged(idaAccount, new SpendingRules(Money.ofOre(2_000),
                Map.of(UnitKind.SCHOOL, Money.ofOre(1_500)), Set.of(ProductCategory.SLIK))), at.plusSeconds(1));
        String notices = NoticesId.of(idaAccount);
        ledger.publish("AccountNotices", notices, new NoticesChosen(idaAccount, ida,
                EnumSet.of(NoticeKind.PURCHASE, NoticeKind.LOW_BALANCE), Money.ofOre(5_000), NoticeDelivery.INSTANT,
                TestKeyVault.seal(ida, "ida@example.dk")), at.plusSeconds(2));
        ledger.publish("AccountNotices", notices, new NoticesChosen(idaAccount, other, EnumSet.of(NoticeKind.PURCHASE),
                null, NoticeDelivery.INSTANT, TestKeyVault.seal(other, "andens@example.dk")), at.plusSeconds(3));

        JsonNode account = await().atMost(Duration.ofSeconds(10)).until(
                () -> export(ida).path("people").path(0).path("cardAccounts").path(0),
                a -> a.path("spendingRules").isObject() && a.path("yourNoticeChoices").isObject());

        JsonNode rules = account.path("spendingRules");
        assertThat(rules.path("dailyLimit").asText()).isEqualTo("20,00 kr.");
        assertThat(rules.path("dailyLimitPerKindOfPlace").path("school").asText()).isEqualTo("15,00 kr.");
        assertThat(rules.path("blockedProductCategories").get(0).asText()).isEqualTo("slik");
        JsonNode choice = account.path("yourNoticeChoices");
        assertThat(choice.path("email").asText()).as("opened for the citizen").isEqualTo("ida@example.dk");
        assertThat(choice.path("lowBalanceBelow").asText()).isEqualTo("50,00 kr.");
        assertThat(choice.path("mailsAbout").toString()).contains("purchase", "low balance");
        assertThat(account.toString()).as("another person's address is theirs").doesNotContain("andens@example.dk");
    }

    @Test
    void anUnknownCitizenHasNoFile() {
        assertThat(queryGateway.query(new FindPersonalDataExport(newId()), ResponseTypes.instanceOf(String.class))
                .join()).isNull();
    }

    private JsonNode export(String citizenId) throws Exception {
        String json = queryGateway.query(new FindPersonalDataExport(citizenId), ResponseTypes.instanceOf(String.class))
                .join();
        return json == null ? null : JSON.readTree(json);
    }
}
