package dk.kantinekort.ui.citizen.account;

import static dk.kantinekort.ui.testing.TestData.ANNA;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN_CARD;
import static dk.kantinekort.ui.testing.TestData.RELATION;
import static dk.kantinekort.ui.testing.TestData.RELATION_CARD;
import static dk.kantinekort.ui.testing.TestData.account;
import static dk.kantinekort.ui.testing.TestData.relation;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.relation.RelationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class MyAccountsTest {

    private static final AccountSummary CHRISTIAN_SECOND = account("account-christian-2", CHRISTIAN,
            "Christian Harms", "270182-", "Konto", 250, AccountStatus.BLOCKED, "AB123456");

    @Test
    void theCitizenComesFirstAsThemselvesEvenWhenListedLater() {
        MyAccounts overview = MyAccounts.of(CHRISTIAN, List.of(RELATION_CARD, CHRISTIAN_CARD), List.of());

        assertThat(overview.persons()).extracting(AccountRow.Person::citizenId).containsExactly(CHRISTIAN, RELATION);
        assertThat(overview.persons().get(0).self()).isTrue();
        assertThat(overview.persons().get(1).self()).isFalse();
    }

    @Test
    void aPersonWithSeveralAccountsShowsTheirSumAndNoSharedStatus() {
        AccountRow.Person christian = MyAccounts.of(CHRISTIAN, List.of(CHRISTIAN_CARD, CHRISTIAN_SECOND), List.of())
                .persons().get(0);

        assertThat(christian.accounts()).containsExactly(CHRISTIAN_CARD, CHRISTIAN_SECOND);
        assertThat(christian.balance()).isEqualTo(Money.ofOre(6750));
        assertThat(christian.status()).isEmpty();
        assertThat(christian.onlyAccount()).isEmpty();
    }

    @Test
    void aCitizenWithoutAnAccountOfTheirOwnSeesOnlyTheirLinkedPeople() {
        MyAccounts overview = MyAccounts.of(ANNA, List.of(RELATION_CARD), List.of());

        assertThat(overview.persons()).extracting(AccountRow.Person::citizenId).containsExactly(RELATION);
    }

    @Test
    void myWaitingRequestsAreListedAndRequestsToMeCounted() {
        MyAccounts overview = MyAccounts.of(CHRISTIAN, List.of(CHRISTIAN_CARD), List.of(
                relation("mine", CHRISTIAN, "Christian Harms", null, null, "010203-", RelationStatus.PENDING),
                relation("to-me", ANNA, "Anna Jensen", CHRISTIAN, null, "270182-", RelationStatus.PENDING),
                relation("old", CHRISTIAN, "Christian Harms", RELATION, "Test Harms Relation", "090909-",
                        RelationStatus.ACTIVE)));

        assertThat(overview.pending()).extracting(p -> p.relation().relationId()).containsExactly("mine");
        assertThat(overview.waitingForMe()).isEqualTo(1);
    }

    @Test
    void anActiveLinkWhoseAccountsAreNotListedYetStillShowsThePerson() {
        MyAccounts overview = MyAccounts.of(CHRISTIAN, List.of(CHRISTIAN_CARD), List.of(relation("new", CHRISTIAN,
                "Christian Harms", RELATION, "Test Harms Relation", "090909-", RelationStatus.ACTIVE)));

        assertThat(overview.persons()).extracting(AccountRow.Person::name)
                .containsExactly("Christian Harms", "Test Harms Relation");
        assertThat(overview.persons().get(1).accounts()).isEmpty();
    }
}
