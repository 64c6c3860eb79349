package dk.kantinekort.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.RefundReceipt;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.till.AuthenticateTill;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.PurchaseWithCard;
import dk.kantinekort.api.till.RefundAtTill;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.RevokeTillCredential;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.command.CommandSideConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The command side on its real storage: JDBC event store and look-up tables on H2, migrated by Flyway. */
@SpringBootTest(classes = LedgerIntegrationTest.Boot.class)
class LedgerIntegrationTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CommandSideConfiguration.class)
    static class Boot {
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    String placeId;
    String tillId;
    String tillToken;

    @BeforeEach
    void aSchoolWithATill() {
        placeId = UUID.randomUUID().toString();
        tillId = "till-" + UUID.randomUUID();
        tillToken = "token-" + UUID.randomUUID();
        commands.sendAndWait(new RegisterPlace(placeId, "Gladsaxe Skole", UnitKind.SCHOOL));
        commands.sendAndWait(new IssueTillCredential(placeId, tillId, sha256(tillToken)));
    }

    @Test
    void openingAnAccountForAKnownCprReturnsTheExistingAccount() {
        CardNumber card = randomCard();
        AccountOpening first = open("0101901234", card);
        AccountOpening again = open("010190-1234", randomCard());

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.accountId()).isEqualTo(first.accountId());
        assertThat(again.cardNumber()).isEqualTo(card);
    }

    @Test
    void noCprNumberIsStoredReadablyInTheEventStoreButItCanBeRevealed() {
        AccountOpening opening = open("0202851234", randomCard());

        List<String> payloads = jdbc.query("SELECT payload, metaData FROM DomainEventEntry",
                (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8) + new String(rs.getBytes(2), StandardCharsets.UTF_8));
        assertThat(payloads).noneMatch(p -> p.contains("0202851234") || p.contains("Anna Testesen"));
        SealedData sealedName = eventStore.readEvents(opening.citizenId()).asStream()
                .map(e -> (dk.kantinekort.api.citizen.CitizenRegistered) e.getPayload())
                .findFirst().orElseThrow().name();
        assertThat(queries.query(new RevealPersonalData(sealedName), String.class).join()).isEqualTo("Anna Testesen");
    }

    @Test
    void aCardNumberCannotBeGivenToTwoPeople() {
        CardNumber card = randomCard();
        open("0303751234", card);
        assertRejected(() -> open("0404751234", card), RejectionCode.CARD_NUMBER_IN_USE);
    }

    @Test
    void tillIsAuthenticatedByTheHashOfItsCredentialUntilRevoked() {
        TillIdentity till = queries.query(new AuthenticateTill(sha256(tillToken)), TillIdentity.class).join();
        assertThat(till).isEqualTo(new TillIdentity(tillId, placeId, "Gladsaxe Skole", UnitKind.SCHOOL));

        commands.sendAndWait(new RevokeTillCredential(placeId, tillId));

        assertThat(queries.query(new AuthenticateTill(sha256(tillToken)), TillIdentity.class).join()).isNull();
        CardNumber card = fundedCard(1000);
        assertRejected(() -> buy(UUID.randomUUID().toString(), card, 300), RejectionCode.TILL_UNKNOWN);
    }

    @Test
    void purchaseAtATillIsChargedAndCarriesWhoWhereAndWhyAsMetadata() {
        CardNumber card = fundedCard(6500);
        String purchaseId = UUID.randomUUID().toString();

        PurchaseOutcome outcome = buy(purchaseId, card, 300);

        assertThat(outcome).isInstanceOfSatisfying(PurchaseOutcome.Approved.class,
                a -> assertThat(a.balanceAfter()).isEqualTo(Money.ofOre(6200)));
        var purchaseEvent = eventStore.readEvents(((PurchaseOutcome.Approved) outcome).accountId()).asStream()
                .filter(e -> e.getPayload() instanceof dk.kantinekort.api.account.PurchaseMade).findFirst().orElseThrow();
        assertThat(purchaseEvent.getMetaData())
                .containsEntry(Metadata.ACTOR, "till:" + tillId)
                .containsEntry(Metadata.CHANNEL, "TILL")
                .containsEntry(Metadata.CORRELATION_ID, "corr-" + purchaseId);
    }

    @Test
    void unknownCardIsDeclinedWithCardUnknown() {
        assertThat(buy(UUID.randomUUID().toString(), randomCard(), 300))
                .isEqualTo(new PurchaseOutcome.Declined(lastPurchaseId, DeclineReason.CARD_UNKNOWN));
    }

    @Test
    void reusingAPurchaseKeyForAnotherCardIsRejected() {
        CardNumber first = fundedCard(1000);
        CardNumber second = fundedCard(1000);
        String purchaseId = UUID.randomUUID().toString();
        buy(purchaseId, first, 300);

        assertRejected(() -> buy(purchaseId, second, 300), RejectionCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void refundAtATillFindsThePurchaseAndPutsTheMoneyBack() {
        CardNumber card = fundedCard(1000);
        String purchaseId = UUID.randomUUID().toString();
        buy(purchaseId, card, 300);

        RefundReceipt receipt = commands.sendAndWait(new RefundAtTill(UUID.randomUUID().toString(), purchaseId, tillId,
                Money.ofOre(300), null, "fp-refund"));

        assertThat(receipt.balanceAfter()).isEqualTo(Money.ofOre(1000));
    }

    @Test
    void concurrentPurchasesOnOneCardNeverOverdrawIt() throws Exception {
        CardNumber card = fundedCard(1000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<PurchaseOutcome>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(() -> buy(UUID.randomUUID().toString(), card, 100));
            }
            List<PurchaseOutcome> outcomes = new ArrayList<>();
            for (Future<PurchaseOutcome> f : pool.invokeAll(attempts)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn(o -> o instanceof PurchaseOutcome.Approved).hasSize(10);
            assertThat(outcomes).filteredOn(o -> o instanceof PurchaseOutcome.Declined d
                    && d.reason() == DeclineReason.INSUFFICIENT_FUNDS).hasSize(30);
        } finally {
            pool.shutdownNow();
        }
    }

    private String lastPurchaseId;

    private PurchaseOutcome buy(String purchaseId, CardNumber card, long ore) {
        lastPurchaseId = purchaseId;
        PurchaseWithCard command = new PurchaseWithCard(purchaseId, card, tillId,
                List.of(new PurchaseLine("SKU", "Vare", 1, Money.ofOre(ore))), Money.ofOre(ore), "fp-" + purchaseId);
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.till(tillId), Metadata.Channel.TILL, "corr-" + purchaseId)));
    }

    private CardNumber fundedCard(long ore) {
        CardNumber card = randomCard();
        AccountOpening opening = open(randomCpr(), card);
        commands.sendAndWait(new DepositMoney(opening.accountId(), UUID.randomUUID().toString(), Money.ofOre(ore),
                DepositMethod.CASH, "test"));
        return card;
    }

    private AccountOpening open(String cpr, CardNumber card) {
        return commands.sendAndWait(new OpenAccountForPerson(Cpr.parse(cpr), "Anna Testesen", "anna@example.dk", card,
                Set.of()));
    }

    private static void assertRejected(Runnable action, RejectionCode code) {
        assertThatThrownBy(action::run).satisfies(e ->
                assertThat(RejectedException.rejectionOf(e)).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(code)));
    }

    private static CardNumber randomCard() {
        return new CardNumber(Long.toString(java.util.concurrent.ThreadLocalRandom.current()
                .nextLong(1_000_000_000L, 10_000_000_000L)));
    }

    private static String randomCpr() {
        var r = java.util.concurrent.ThreadLocalRandom.current();
        return "%02d%02d%02d%04d".formatted(r.nextInt(1, 29), r.nextInt(1, 13), r.nextInt(0, 100), r.nextInt(10_000));
    }

    static String sha256(String token) {
        return dk.kantinekort.api.till.TillToken.hash(token);
    }
}
