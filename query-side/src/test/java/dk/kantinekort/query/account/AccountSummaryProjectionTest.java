package dk.kantinekort.query.account;

import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.SearchAccountsByBirthDate;
import dk.kantinekort.api.account.AllowedUnitsChanged;
import dk.kantinekort.api.account.CardAccountOpened;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.CardUnblocked;
import dk.kantinekort.api.account.FeeCharged;
import dk.kantinekort.api.account.FeeKind;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.account.FindAccountsOfCitizen;
import dk.kantinekort.api.account.ListAccounts;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.account.SearchAccountsByHolder;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.CitizenRegistered;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import dk.kantinekort.query.TestKeyVault;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = QuerySideTestApplication.class)
class AccountSummaryProjectionTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    TestKeyVault keyVault;

    LedgerEvents ledger;
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void setUp() {
        ledger = new LedgerEvents(eventStore);
    }

    @Test
    void anOpenedAccountShowsItsHolderWithOnlyTheDatePartOfTheCpr() {
        CardNumber card = newCardNumber();
        String citizenId = newId();

        String accountId = ledger.openAccount(citizenId, "Christian Harms", "2701821234", card, now);

        AccountSummary summary = awaitSummary(accountId, s -> s.currentCardNumber() != null);
        assertThat(summary.citizenId()).isEqualTo(citizenId);
        assertThat(summary.holderName()).isEqualTo("Christian Harms");
        assertThat(summary.cprMasked()).isEqualTo("270182-");
        assertThat(summary.displayName()).as("no name of its own: the portal words it").isNull();
        assertThat(summary.balance()).isEqualTo(Money.ZERO);
        assertThat(summary.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(summary.currentCardNumber()).isEqualTo(card.value());
        assertThat(summary.formerCardNumbers()).isEmpty();
        assertThat(summary.allowedUnits()).isEqualTo(EnumSet.allOf(UnitKind.class));
        assertThat(summary.lastChangedAt()).isEqualTo(now);
    }

    @Test
    void staffFindAnAccountByTheHoldersDateOfBirth() {
        String accountId = ledger.openAccount(newId(), "Fødselsdag Testesen", "3112991234", newCardNumber(), now);
        awaitSummary(accountId, s -> s.currentCardNumber() != null);

        List<AccountSummary> found = queryGateway.query(new SearchAccountsByBirthDate("311299", 50),
                ResponseTypes.multipleInstancesOf(AccountSummary.class)).join();

        assertThat(found).extracting(AccountSummary::accountId).contains(accountId);
        assertThat(found).extracting(AccountSummary::cprMasked).containsOnly("311299-");
    }

    @Test
    void theBalanceIsTheBalanceAfterOfTheLatestMoneyEvent() {
        CardNumber card = newCardNumber();
        String accountId = ledger.openAccount(newId(), "Test Harms Relation", "0101101234", card, now);

        ledger.deposit(accountId, 6_500, 6_500, now);
        ledger.account(accountId, ledger.purchase(accountId, card, "place-1", 300, 1, 6_200));
        ledger.account(accountId, new FeeCharged(accountId, newId(), Money.ofOre(2_500), FeeKind.REPLACEMENT_CARD,
                "order-1", Money.ofOre(3_700)));

        assertThat(awaitSummary(accountId, s -> s.balance().ore() == 3_700).balance()).isEqualTo(Money.ofOre(3_700));
    }

    @Test
    void aBlockedCardShowsTheCardBlockedUntilUnblockedWhileTheAccountStaysActive() {
        CardNumber card = newCardNumber();
        String accountId = ledger.openAccount(newId(), "Anna", "0101101234", card, now);

        ledger.account(accountId, new CardBlocked(accountId, card, TestKeyVault.seal("citizen", "lost"), BlockOrigin.CITIZEN));
        awaitSummary(accountId, s -> s.cardStatus() == AccountStatus.BLOCKED && s.cardBlockedBy() == BlockOrigin.CITIZEN
                && s.status() == AccountStatus.ACTIVE && s.blockedBy() == null);

        ledger.account(accountId, new CardBlocked(accountId, card, TestKeyVault.seal("citizen", "misbrug"), BlockOrigin.STAFF));
        awaitSummary(accountId, s -> s.cardStatus() == AccountStatus.BLOCKED && s.cardBlockedBy() == BlockOrigin.STAFF);

        ledger.account(accountId, new CardUnblocked(accountId, card, null));
        awaitSummary(accountId, s -> s.cardStatus() == AccountStatus.ACTIVE && s.cardBlockedBy() == null
                && s.lastChangedAt().isAfter(now));
    }

    @Test
    void aBlockedAccountShowsBlockedUntilStaffLiftIt() {
        CardNumber card = newCardNumber();
        String accountId = ledger.openAccount(newId(), "Anna", "0101101234", card, now);

        ledger.account(accountId, new dk.kantinekort.api.account.AccountBlocked(accountId,
                TestKeyVault.seal("citizen", "misbrug"), BlockOrigin.STAFF));
        awaitSummary(accountId, s -> s.status() == AccountStatus.BLOCKED && s.blockedBy() == BlockOrigin.STAFF
                && s.cardStatus() == AccountStatus.ACTIVE);

        ledger.account(accountId, new dk.kantinekort.api.account.AccountUnblocked(accountId));
        awaitSummary(accountId, s -> s.status() == AccountStatus.ACTIVE && s.blockedBy() == null);
    }

    @Test
    void changedAllowedUnitsReplaceTheFormerOnes() {
        String accountId = ledger.openAccount(newId(), "Anna", "0101101234", newCardNumber(), now);

        ledger.account(accountId, new AllowedUnitsChanged(accountId, Set.of(UnitKind.SCHOOL, UnitKind.LIBRARY)));

        assertThat(awaitSummary(accountId, s -> s.allowedUnits().size() == 2).allowedUnits())
                .containsExactlyInAnyOrder(UnitKind.SCHOOL, UnitKind.LIBRARY);
    }

    @Test
    void aReplacedCardStillFindsItsAccountAndIsListedAsFormer() {
        CardNumber oldCard = newCardNumber();
        CardNumber newCard = newCardNumber();
        String accountId = ledger.openAccount(newId(), "Anna", "0101101234", oldCard, now);

        ledger.account(accountId, new ReplacementCardProduced(accountId, newId(), oldCard, newCard));

        AccountSummary summary = awaitSummary(accountId, s -> newCard.value().equals(s.currentCardNumber()));
        assertThat(summary.formerCardNumbers()).containsExactly(oldCard.value());
        assertThat(findByCard(newCard)).extracting(AccountSummary::accountId).isEqualTo(accountId);
        assertThat(findByCard(oldCard)).extracting(AccountSummary::accountId).isEqualTo(accountId);
    }

    @Test
    void anAccountGivenANameShowsItRevealedAndForgetsItWithTheCitizensKey() {
        String citizenId = newId();
        String named = newId();
        ledger.account(named, new CardAccountOpened(named, citizenId, TestKeyVault.seal(citizenId, "Skolekort"),
                Set.of(UnitKind.SCHOOL)), now);
        assertThat(awaitSummary(named, s -> true).displayName()).isEqualTo("Skolekort");

        String forgotten = newId();
        String erased = newId();
        keyVault.erase(erased);
        ledger.account(forgotten, new CardAccountOpened(forgotten, erased, TestKeyVault.seal(erased, "Bo's kort"),
                Set.of(UnitKind.SCHOOL)), now);
        assertThat(awaitSummary(forgotten, s -> true).displayName()).isNull();
    }

    @Test
    void anUnknownCardOrAccountFindsNothing() {
        assertThat(findByCard(newCardNumber())).isNull();
        assertThat(queryGateway.query(new FindAccountSummary(newId()), AccountSummary.class).join()).isNull();
    }

    @Test
    void aCitizenRegisteredAfterTheAccountIsOpenedStillNamesTheAccount() {
        String citizenId = newId();
        String accountId = newId();
        ledger.account(accountId, new CardAccountOpened(accountId, citizenId, null, Set.of(UnitKind.SCHOOL)), now);
        ledger.account(accountId, new CardIssued(accountId, newCardNumber()), now);
        awaitSummary(accountId, s -> s.currentCardNumber() != null);

        ledger.publish("Citizen", citizenId, registered(citizenId, "Bo Jensen", "1212121234"), now);

        AccountSummary summary = awaitSummary(accountId, s -> s.holderName() != null);
        assertThat(summary.holderName()).isEqualTo("Bo Jensen");
        assertThat(summary.cprMasked()).isEqualTo("121212-");
    }

    @Test
    void aCitizenWhoseKeyWasErasedHasNoNameOnTheAccount() {
        String citizenId = newId();
        keyVault.erase(citizenId);

        String accountId = ledger.openAccount(citizenId, "Forgotten", "0101101234", newCardNumber(), now);

        AccountSummary summary = awaitSummary(accountId, s -> s.currentCardNumber() != null);
        assertThat(summary.holderName()).isNull();
        assertThat(summary.cprMasked()).isNull();
    }

    @Test
    void aCitizenSeesAllTheirAccountsInTheOrderTheyWereOpened() {
        String citizenId = newId();
        String first = ledger.openAccount(citizenId, "Christian Harms", "2701821234", newCardNumber(), now);
        String second = newId();
        ledger.account(second, new CardAccountOpened(second, citizenId, null, Set.of(UnitKind.SCHOOL)), now);
        awaitSummary(second, s -> true);

        List<AccountSummary> accounts = queryGateway.query(new FindAccountsOfCitizen(citizenId),
                ResponseTypes.multipleInstancesOf(AccountSummary.class)).join();

        assertThat(accounts).extracting(AccountSummary::accountId).containsExactly(first, second);
        assertThat(queryGateway.query(new FindAccountsOfCitizen(newId()),
                ResponseTypes.multipleInstancesOf(AccountSummary.class)).join()).isEmpty();
    }

    @Test
    void allAccountsAreListedByHolderNameAPageAtATime() {
        String prefix = "List-" + newId() + "-";
        String c = ledger.openAccount(newId(), prefix + "C", "0101101234", newCardNumber(), now);
        String a = ledger.openAccount(newId(), prefix + "A", "0101101234", newCardNumber(), now);
        String b = ledger.openAccount(newId(), prefix + "B", "0101101234", newCardNumber(), now);
        awaitSummary(b, s -> s.currentCardNumber() != null);

        List<AccountSummary> all = queryGateway.query(new ListAccounts(0, 1_000),
                ResponseTypes.multipleInstancesOf(AccountSummary.class)).join();
        List<String> ours = all.stream().filter(s -> s.holderName() != null && s.holderName().startsWith(prefix))
                .map(AccountSummary::accountId).toList();
        assertThat(ours).containsExactly(a, b, c);
        assertThat(all).extracting(AccountSummary::holderName).isSortedAccordingTo(
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

        int indexOfB = all.stream().map(AccountSummary::accountId).toList().indexOf(b);
        List<AccountSummary> page = queryGateway.query(new ListAccounts(indexOfB, 1),
                ResponseTypes.multipleInstancesOf(AccountSummary.class)).join();
        assertThat(page).extracting(AccountSummary::accountId).containsExactly(b);
    }

    @Test
    void staffFindAccountsByAnyPartOfTheHoldersNameIgnoringCase() {
        String prefix = "Søg" + newId().substring(0, 6) + " ";
        String harms = ledger.openAccount(newId(), prefix + "Harms", "0101101234", newCardNumber(), now);
        String jensen = ledger.openAccount(newId(), prefix + "Jensen", "0101101234", newCardNumber(), now);
        awaitSummary(harms, s -> s.currentCardNumber() != null);
        awaitSummary(jensen, s -> s.currentCardNumber() != null);

        assertThat(search(prefix.toUpperCase() + "harms")).extracting(AccountSummary::accountId).containsExactly(harms);
        assertThat(search(prefix)).extracting(AccountSummary::accountId).containsExactly(harms, jensen);
        assertThat(search(".*")).as("the text is not a pattern").isEmpty();
    }

    private List<AccountSummary> search(String text) {
        return queryGateway.query(new SearchAccountsByHolder(text, 50),
                ResponseTypes.multipleInstancesOf(AccountSummary.class)).join();
    }

    private CitizenRegistered registered(String citizenId, String name, String cpr) {
        return new CitizenRegistered(citizenId, TestKeyVault.seal(citizenId, cpr),
                TestKeyVault.seal(citizenId, name), null);
    }

    private AccountSummary findByCard(CardNumber card) {
        return queryGateway.query(new FindAccountByCard(card), AccountSummary.class).join();
    }

    private AccountSummary awaitSummary(String accountId, Predicate<AccountSummary> until) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> queryGateway.query(new FindAccountSummary(accountId), AccountSummary.class).join(),
                summary -> summary != null && until.test(summary));
    }
}
