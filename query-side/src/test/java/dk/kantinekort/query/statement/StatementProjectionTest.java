package dk.kantinekort.query.statement;

import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.FeeCharged;
import dk.kantinekort.api.account.FeeKind;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseRefunded;
import dk.kantinekort.api.account.RefundLine;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import dk.kantinekort.api.till.PlaceRegistered;
import dk.kantinekort.api.till.PlaceRenamed;
import dk.kantinekort.api.subscription.SubscriptionPeriodCharged;
import dk.kantinekort.api.webshop.DeliveryCharged;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = QuerySideTestApplication.class)
class StatementProjectionTest {

    static final Instant DAY_1 = Instant.parse("2025-03-01T08:00:00Z");
    static final Instant DAY_2 = Instant.parse("2025-03-02T08:00:00Z");
    static final Instant DAY_3 = Instant.parse("2025-03-03T08:00:00Z");
    static final Instant DAY_4 = Instant.parse("2025-03-04T08:00:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;

    LedgerEvents ledger;
    CardNumber card = newCardNumber();
    String accountId;

    @BeforeEach
    void openAccount() {
        ledger = new LedgerEvents(eventStore);
        accountId = ledger.openAccount(newId(), "Christian Harms", "2701821234", card, DAY_1);
    }

    @Test
    void eachMoneyEventBecomesARowSignedAsItChangesTheBalance() {
        String placeId = newId();
        ledger.publish("Place", placeId, new PlaceRegistered(placeId, "Gladsaxe Skole", UnitKind.SCHOOL), DAY_1);
        ledger.deposit(accountId, 6_500, 6_500, DAY_1);
        PurchaseMade purchase = ledger.purchase(accountId, card, placeId, 300, 2, 5_900);
        ledger.account(accountId, purchase, DAY_1.plusSeconds(60));
        ledger.account(accountId, new FeeCharged(accountId, newId(), Money.ofOre(2_500), FeeKind.REPLACEMENT_CARD,
                "order-1", Money.ofOre(3_400)), DAY_1.plusSeconds(120));
        ledger.account(accountId, new BalancePaidOut(accountId, newId(), Money.ofOre(3_400), null,
                Money.ZERO), DAY_1.plusSeconds(180));

        Statement statement = awaitStatement(DAY_1, DAY_2, 4);

        assertThat(statement.rows()).extracting(StatementRow::type).containsExactly(StatementRowType.DEPOSIT,
                StatementRowType.PURCHASE, StatementRowType.FEE, StatementRowType.PAYOUT);
        assertThat(statement.rows()).extracting(row -> row.amount().ore()).containsExactly(6_500L, -600L, -2_500L,
                -3_400L);
        assertThat(statement.rows()).extracting(row -> row.balanceAfter().ore()).containsExactly(6_500L, 5_900L,
                3_400L, 0L);
        StatementRow bought = statement.rows().get(1);
        assertThat(bought.id()).isEqualTo(purchase.purchaseId());
        assertThat(bought.at()).isEqualTo(DAY_1.plusSeconds(60));
        assertThat(bought.text()).isEqualTo("Gladsaxe Skole");
        assertThat(bought.placeId()).isEqualTo(placeId);
        assertThat(bought.lines()).containsExactly(new PurchaseLine("OST", "Ostehaps", 2, Money.ofOre(300)));
        assertThat(statement.rows().get(0).text()).isEqualTo("CASH");
        assertThat(statement.rows().get(2).text()).isEqualTo("REPLACEMENT_CARD");
    }

    @Test
    void aPurchaseAndADeclineWithATemporaryCardSayTheTemporaryCardWasUsed() {
        CardNumber temporary = new CardNumber("MK00000042");
        ledger.deposit(accountId, 6_500, 6_500, DAY_1);
        PurchaseMade withTemporary = new PurchaseMade(accountId, newId(), temporary, "place-1", "till-1",
                UnitKind.SCHOOL, List.of(new PurchaseLine("OST", "Ostehaps", 1, Money.ofOre(300))), Money.ofOre(300),
                Money.ofOre(6_200), "fp");
        ledger.account(accountId, withTemporary, DAY_1.plusSeconds(60));
        ledger.account(accountId, new PurchaseDeclined(accountId, newId(), temporary, "place-1", "till-1",
                Money.ofOre(300), DeclineReason.TEMPORARY_CARD_EXPIRED), DAY_1.plusSeconds(120));
        ledger.account(accountId, ledger.purchase(accountId, card, "place-1", 300, 1, 5_900), DAY_1.plusSeconds(180));

        Statement statement = awaitStatement(DAY_1, DAY_2, 4);

        assertThat(statement.rows()).extracting(StatementRow::type, StatementRow::temporaryCard).containsExactly(
                tuple(StatementRowType.DEPOSIT, false), tuple(StatementRowType.PURCHASE, true),
                tuple(StatementRowType.DECLINED, true), tuple(StatementRowType.PURCHASE, false));
    }

    @Test
    void aDeclinedAttemptIsListedWithoutAmountWithItsReasonAndTheUntouchedBalance() {
        ledger.deposit(accountId, 1_000, 1_000, DAY_1);
        ledger.account(accountId, new PurchaseDeclined(accountId, newId(), card, "unknown-place", "till-1",
                Money.ofOre(3_500), DeclineReason.INSUFFICIENT_FUNDS), DAY_1.plusSeconds(60));

        Statement statement = awaitStatement(DAY_1, DAY_2, 2);

        StatementRow declined = statement.rows().get(1);
        assertThat(declined.type()).isEqualTo(StatementRowType.DECLINED);
        assertThat(declined.amount()).isEqualTo(Money.ZERO);
        assertThat(declined.declineReason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS);
        assertThat(declined.balanceAfter()).isEqualTo(Money.ofOre(1_000));
        assertThat(declined.text()).as("unknown place: its id").isEqualTo("unknown-place");
        assertThat(statement.closingBalance()).isEqualTo(Money.ofOre(1_000));
    }

    @Test
    void aDeclineByASpendingRuleIsListedWithTheRuleItBroke() {
        ledger.deposit(accountId, 6_500, 6_500, DAY_1);
        ledger.account(accountId, new PurchaseDeclined(accountId, newId(), card, "p", "till-1", Money.ofOre(1_000),
                DeclineReason.DAILY_LIMIT_REACHED,
                BrokenSpendingRule.dailyLimit(Money.ofOre(2_000), Money.ofOre(2_000))), DAY_1.plusSeconds(60));
        ledger.account(accountId, new PurchaseDeclined(accountId, newId(), card, "p", "till-1", Money.ofOre(500),
                DeclineReason.CATEGORY_BLOCKED, BrokenSpendingRule.blockedCategory(ProductCategory.SLIK)),
                DAY_1.plusSeconds(120));

        Statement statement = awaitStatement(DAY_1, DAY_2, 3);

        assertThat(statement.rows()).extracting(StatementRow::declineReason, StatementRow::brokenRule).containsExactly(
                tuple(null, null),
                tuple(DeclineReason.DAILY_LIMIT_REACHED,
                        BrokenSpendingRule.dailyLimit(Money.ofOre(2_000), Money.ofOre(2_000))),
                tuple(DeclineReason.CATEGORY_BLOCKED, BrokenSpendingRule.blockedCategory(ProductCategory.SLIK)));
    }

    @Test
    void thePeriodIncludesItsStartExcludesItsEndAndCarriesTheBalancesAcross() {
        ledger.deposit(accountId, 10_000, 10_000, DAY_1);
        ledger.account(accountId, ledger.purchase(accountId, card, "p", 1_000, 1, 9_000), DAY_2);
        ledger.account(accountId, new PurchaseDeclined(accountId, newId(), card, "p", "till-1", Money.ofOre(50_000),
                DeclineReason.INSUFFICIENT_FUNDS), DAY_2.plusSeconds(1));
        ledger.account(accountId, ledger.purchase(accountId, card, "p", 2_000, 1, 7_000), DAY_3);
        ledger.deposit(accountId, 500, 7_500, DAY_4);
        awaitStatement(DAY_1, DAY_4.plusSeconds(1), 5);

        Statement middle = statement(DAY_2, DAY_4);

        assertThat(middle.openingBalance()).isEqualTo(Money.ofOre(10_000));
        assertThat(middle.rows()).extracting(StatementRow::at).containsExactly(DAY_2, DAY_2.plusSeconds(1), DAY_3);
        assertThat(middle.closingBalance()).isEqualTo(Money.ofOre(7_000));

        Statement before = statement(DAY_1.minusSeconds(86_400), DAY_1);
        assertThat(before.rows()).isEmpty();
        assertThat(before.openingBalance()).isEqualTo(Money.ZERO);
        assertThat(before.closingBalance()).isEqualTo(Money.ZERO);

        Statement quiet = statement(DAY_3.plusSeconds(1), DAY_4);
        assertThat(quiet.rows()).isEmpty();
        assertThat(quiet.openingBalance()).isEqualTo(Money.ofOre(7_000));
        assertThat(quiet.closingBalance()).isEqualTo(Money.ofOre(7_000));
    }

    @Test
    void rowsAtTheSameInstantKeepTheOrderOfTheLedger() {
        ledger.deposit(accountId, 1_000, 1_000, DAY_1);
        ledger.deposit(accountId, 1_000, 2_000, DAY_1);
        ledger.deposit(accountId, 1_000, 3_000, DAY_1);

        Statement statement = awaitStatement(DAY_1, DAY_2, 3);

        assertThat(statement.rows()).extracting(row -> row.balanceAfter().ore()).containsExactly(1_000L, 2_000L,
                3_000L);
    }

    @Test
    void aRefundByLinesNamesTheRefundedItemsAtThePriceTheyWereBought() {
        ledger.deposit(accountId, 5_000, 5_000, DAY_1);
        PurchaseMade purchase = new PurchaseMade(accountId, newId(), card, "p", "till-1", UnitKind.SCHOOL,
                List.of(new PurchaseLine("OST", "Ostehaps", 2, Money.ofOre(300)),
                        new PurchaseLine("MLK", "Mælk", 1, Money.ofOre(800))),
                Money.ofOre(1_400), Money.ofOre(3_600), "fp");
        ledger.account(accountId, purchase, DAY_1.plusSeconds(1));
        ledger.account(accountId, new PurchaseRefunded(accountId, newId(), purchase.purchaseId(), "p", "till-1",
                Money.ofOre(300), List.of(new RefundLine("OST", 1)), Money.ofOre(3_900), "fp2"),
                DAY_1.plusSeconds(2));

        StatementRow refund = awaitStatement(DAY_1, DAY_2, 3).rows().get(2);

        assertThat(refund.type()).isEqualTo(StatementRowType.REFUND);
        assertThat(refund.amount()).isEqualTo(Money.ofOre(300));
        assertThat(refund.balanceAfter()).isEqualTo(Money.ofOre(3_900));
        assertThat(refund.lines()).containsExactly(new PurchaseLine("OST", "Ostehaps", 1, Money.ofOre(300)));
    }

    @Test
    void purchasesAfterARenameCarryThePlacesNewNameAndEarlierOnesTheNameItHadThen() {
        String placeId = newId();
        ledger.publish("Place", placeId, new PlaceRegistered(placeId, "Gladsaxe Skole", UnitKind.SCHOOL), DAY_1);
        ledger.deposit(accountId, 6_500, 6_500, DAY_1);
        ledger.account(accountId, ledger.purchase(accountId, card, placeId, 300, 1, 6_200), DAY_1.plusSeconds(60));
        ledger.publish("Place", placeId, new PlaceRenamed(placeId, "Gladsaxe Skole, kantinen"), DAY_1.plusSeconds(90));
        ledger.account(accountId, ledger.purchase(accountId, card, placeId, 300, 1, 5_900), DAY_1.plusSeconds(120));

        Statement statement = awaitStatement(DAY_1, DAY_2, 3);

        assertThat(statement.rows()).extracting(StatementRow::text).containsExactly("CASH", "Gladsaxe Skole",
                "Gladsaxe Skole, kantinen");
    }

    @Test
    void chargesOnAPaymentCardShowTheWholeAmountTakenWithTheFee_leaveTheBalanceAsItWas_andNameThePlaceOrThePlan() {
        String placeId = newId();
        ledger.publish("Place", placeId, new PlaceRegistered(placeId, "Gladsaxe Skole", UnitKind.SCHOOL), DAY_1);
        ledger.deposit(accountId, 1_000, 1_000, DAY_1);
        String orderId = newId();
        String enrolmentId = newId();
        LocalDate monday = LocalDate.ofInstant(DAY_1, ZoneOffset.UTC);
        ledger.publish("Order", orderId, new DeliveryCharged(orderId, accountId, placeId, monday, List.of("l-1"),
                Money.ofOre(3_500), "webshop-" + orderId, "p-1", "c-1", Money.ofOre(144)), DAY_1.plusSeconds(60));
        ledger.publish("Enrolment", enrolmentId, new SubscriptionPeriodCharged(enrolmentId, accountId, "Frugtordning",
                monday, monday.plusWeeks(1), Money.ofOre(4_500), "subscription-" + enrolmentId, "p-2", "c-2",
                Money.ofOre(156)),
                DAY_1.plusSeconds(120));

        Statement statement = awaitStatement(DAY_1, DAY_2, 3);

        assertThat(statement.rows()).extracting(StatementRow::type, row -> row.amount().ore(),
                        StatementRow::balanceAfter, StatementRow::text)
                .containsExactly(tuple(StatementRowType.DEPOSIT, 1_000L, Money.ofOre(1_000), "CASH"),
                        tuple(StatementRowType.WEBSHOP, -3_644L, Money.ofOre(1_000), "Gladsaxe Skole"),
                        tuple(StatementRowType.SUBSCRIPTION, -4_656L, Money.ofOre(1_000), "Frugtordning"));
        assertThat(statement.closingBalance()).isEqualTo(Money.ofOre(1_000));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> statement(DAY_2, DAY_1)).isInstanceOf(CompletionException.class);
    }

    private Statement statement(Instant from, Instant to) {
        return queryGateway.query(new FindStatement(accountId, from, to), Statement.class).join();
    }

    private Statement awaitStatement(Instant from, Instant to, int rows) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> statement(from, to), statement -> statement.rows().size() >= rows);
    }
}
