package dk.kantinekort.query.portal;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.citizen.CardPhotoChanged;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.ContactDetailsChanged;
import dk.kantinekort.api.citizen.FindCardPhoto;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.api.relation.AccountLinkApproved;
import dk.kantinekort.api.relation.AccountLinkGranted;
import dk.kantinekort.api.relation.AccountLinkRequested;
import dk.kantinekort.api.relation.AccountLinkWithdrawn;
import dk.kantinekort.api.relation.LinkEndedBy;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RelationSummary;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import dk.kantinekort.query.TestKeyVault;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The read models of the portal: links between people, the accounts a citizen may act on, Brugeroplysninger. */
@SpringBootTest(classes = QuerySideTestApplication.class)
class PortalReadModelsTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;

    LedgerEvents ledger;
    Instant now = Instant.now();
    String parent;
    String child;
    String parentAccount;
    String childAccount;

    @BeforeEach
    void aParentAndAChild() {
        ledger = new LedgerEvents(eventStore);
        parent = newId();
        child = newId();
        parentAccount = ledger.openAccount(parent, "Christian Harms", "2701821234", newCardNumber(), now);
        childAccount = ledger.openAccount(child, "Test Harms Relation", "0909091234", newCardNumber(), now);
    }

    @Test
    void aCitizenMayActOnOwnAccountsFirstThenOnLinkedPeoplesAccounts() {
        assertThat(awaitAccessible(parent, 1)).extracting(AccountSummary::accountId).containsExactly(parentAccount);

        ledger.publish("Relation", "r1", new AccountLinkGranted("r1", parent, child, TestKeyVault.seal(child, "0909091234")), now);

        assertThat(awaitAccessible(parent, 2)).extracting(AccountSummary::accountId)
                .containsExactly(parentAccount, childAccount);
        assertThat(awaitAccessible(child, 1)).extracting(AccountSummary::accountId)
                .as("a link gives access one way only").containsExactly(childAccount);
    }

    @Test
    void aPendingLinkGivesNoAccessAndHidesTheOwnersNameFromTheRequester() {
        String relationId = newId();
        ledger.publish("Relation", relationId, new AccountLinkRequested(relationId, parent, child, TestKeyVault.seal(child, "0909091234"), null), now);

        RelationSummary pending = awaitRelations(parent, r -> r.size() == 1).get(0);
        assertThat(pending.status()).isEqualTo(RelationStatus.PENDING);
        assertThat(pending.ownerName()).isNull();
        assertThat(pending.cprMasked()).isEqualTo("090909-");
        assertThat(awaitRelations(child, r -> r.size() == 1).get(0).requesterName()).isEqualTo("Christian Harms");
        assertThat(awaitAccessible(parent, 1)).hasSize(1);

        assertThat(pending.activeSince()).isNull();
        ledger.publish("Relation", relationId, new AccountLinkApproved(relationId, parent, child, true),
                now.plusSeconds(3600));

        awaitAccessible(parent, 2);
        RelationSummary active = awaitRelations(parent, r -> r.get(0).status() == RelationStatus.ACTIVE).get(0);
        assertThat(active.ownerName()).isEqualTo("Test Harms Relation");
        assertThat(active.activeSince()).as("since the approval, for Hvem har adgang").isEqualTo(
                now.plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(active.requestedAt()).isEqualTo(now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void aPendingRequestGivesTheCardNumberTheRequesterTypedBackToTheRequesterOnly() {
        String relationId = newId();
        ledger.publish("Relation", relationId,
                new AccountLinkRequested(relationId, parent, child, TestKeyVault.seal(child, "0909091234"),
                        TestKeyVault.seal(child, "04579A22352680")), now);

        RelationSummary asked = awaitRelations(parent, r -> r.size() == 1).get(0);
        assertThat(asked.cprMasked()).isEqualTo("090909-");
        assertThat(asked.cardNumberTyped()).isEqualTo("04579A22352680");
        assertThat(asked.ownerName()).isNull();
        assertThat(awaitRelations(child, r -> r.size() == 1).get(0).cardNumberTyped())
                .as("what the requester typed may be someone else's card").isNull();
    }

    @Test
    void aWithdrawnLinkDisappearsWithTheAccess() {
        ledger.publish("Relation", "r2", new AccountLinkGranted("r2", parent, child, TestKeyVault.seal(child, "0909091234")), now);
        awaitAccessible(parent, 2);

        ledger.publish("Relation", "r2", new AccountLinkWithdrawn("r2", parent, child, LinkEndedBy.OWNER), now);

        awaitAccessible(parent, 1);
        assertThat(awaitRelations(parent, List::isEmpty)).isEmpty();
    }

    @Test
    void theProfileStartsWithTheRegisteredNameAndEmailAndShowsSavedDetailsAfterwards() {
        CitizenProfile initial = await().atMost(Duration.ofSeconds(10)).until(() -> queryGateway.query(
                new FindCitizenProfile(parent), CitizenProfile.class).join(), profile -> profile != null);
        assertThat(initial.cprMasked()).isEqualTo("270182-");
        assertThat(initial.details().name()).isEqualTo("Christian Harms");
        assertThat(initial.details().email()).isEqualTo("someone@example.org");
        assertThat(initial.hasPhoto()).isFalse();

        ledger.publish("Citizen", parent, new ContactDetailsChanged(parent, TestKeyVault.seal(parent,
                "{\"name\":\"Christian H. Harms\",\"email\":\"ch@example.dk\",\"address\":\"Rådhus Alle 7\","
                        + "\"postalCode\":\"2860\",\"city\":\"Søborg\",\"phone\":null,\"mobile\":\"20202020\"}"), parent, null,
                java.util.List.of()), now);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        ledger.publish("Citizen", parent, new CardPhotoChanged(parent,
                TestKeyVault.seal(parent, Base64.getEncoder().encodeToString(jpeg))), now);

        await().atMost(Duration.ofSeconds(10)).until(() -> queryGateway.query(new FindCitizenProfile(parent),
                CitizenProfile.class).join().hasPhoto());
        ContactDetails saved = queryGateway.query(new FindCitizenProfile(parent), CitizenProfile.class).join().details();
        assertThat(saved).isEqualTo(new ContactDetails("Christian H. Harms", "ch@example.dk", "Rådhus Alle 7", "2860",
                "Søborg", null, "20202020"));
        assertThat(queryGateway.query(new FindCardPhoto(parent), byte[].class).join()).isEqualTo(jpeg);
        await("the new name is on the accounts too").atMost(Duration.ofSeconds(10))
                .until(() -> awaitAccessible(parent, 1).get(0).holderName(), "Christian H. Harms"::equals);
    }

    private List<AccountSummary> awaitAccessible(String citizenId, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> queryGateway.query(
                        new FindAccessibleAccounts(citizenId), ResponseTypes.multipleInstancesOf(AccountSummary.class)).join(),
                accounts -> accounts.size() == count);
    }

    private List<RelationSummary> awaitRelations(String citizenId,
                                                 Predicate<List<RelationSummary>> condition) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> queryGateway.query(
                new FindRelationsOfCitizen(citizenId), ResponseTypes.multipleInstancesOf(RelationSummary.class)).join(),
                condition);
    }
}
