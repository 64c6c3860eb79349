package dk.kantinekort.command.till;

import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.PlaceRegistered;
import dk.kantinekort.api.till.PlaceRenamed;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.RenamePlace;
import dk.kantinekort.api.till.RevokeTillCredential;
import dk.kantinekort.api.till.TillCredentialIssued;
import dk.kantinekort.api.till.TillCredentialRevoked;
import dk.kantinekort.api.till.TillToken;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlaceTest {

    static final String PLACE = "place-1";
    static final String HASH = TillToken.hash("secret-1");
    static final PlaceRegistered REGISTERED = new PlaceRegistered(PLACE, "Gladsaxe Skole", UnitKind.SCHOOL);
    static final TillCredentialIssued ISSUED = new TillCredentialIssued(PLACE, "kasse-1", HASH);

    AggregateTestFixture<Place> fixture;
    final Set<String> takenCredentials = new HashSet<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Place.class);
        fixture.registerInjectableResource((TillCredentials) takenCredentials::contains);
    }

    @Test
    void aPlaceIsRegisteredWithATrimmedNameAndItsUnitKind() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlace(PLACE, "  Gladsaxe Skole ", UnitKind.SCHOOL))
                .expectEvents(REGISTERED);
    }

    @Test
    void aPlaceWithoutANameOrUnitKindIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlace(PLACE, " ", UnitKind.SCHOOL))
                .expectException(RejectedException.class);
        fixture.givenNoPriorActivity()
                .when(new RegisterPlace(PLACE, "Skole", null))
                .expectException(RejectedException.class);
    }

    @Test
    void renamingAPlaceRecordsTheNewName() {
        fixture.given(REGISTERED)
                .when(new RenamePlace(PLACE, " Gladsaxe Skole, kantinen "))
                .expectEvents(new PlaceRenamed(PLACE, "Gladsaxe Skole, kantinen"));
    }

    @Test
    void renamingToTheSameNameChangesNothing() {
        fixture.given(REGISTERED, new PlaceRenamed(PLACE, "Kantinen"))
                .when(new RenamePlace(PLACE, "Kantinen"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBlankOrOverlongNameIsRefused() {
        fixture.given(REGISTERED)
                .when(new RenamePlace(PLACE, ""))
                .expectException(RejectedException.class)
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new RenamePlace(PLACE, "x".repeat(Place.MAX_NAME + 1)))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aTillGetsACredentialKeptOnlyAsItsHash() {
        fixture.given(REGISTERED)
                .when(new IssueTillCredential(PLACE, "kasse-1", HASH))
                .expectEvents(ISSUED);
    }

    @Test
    void aCredentialHeldByAnotherTillIsRefused() {
        takenCredentials.add(HASH);
        fixture.given(REGISTERED)
                .when(new IssueTillCredential(PLACE, "kasse-2", HASH))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void anActiveTillCannotGetASecondCredential() {
        fixture.given(REGISTERED, ISSUED)
                .when(new IssueTillCredential(PLACE, "kasse-1", TillToken.hash("secret-2")))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aRevokedTillMayGetANewCredential() {
        String newHash = TillToken.hash("secret-2");
        fixture.given(REGISTERED, ISSUED, new TillCredentialRevoked(PLACE, "kasse-1"))
                .when(new IssueTillCredential(PLACE, "kasse-1", newHash))
                .expectEvents(new TillCredentialIssued(PLACE, "kasse-1", newHash));
    }

    @Test
    void revokingAnActiveTillWithdrawsItsCredential() {
        fixture.given(REGISTERED, ISSUED)
                .when(new RevokeTillCredential(PLACE, "kasse-1"))
                .expectEvents(new TillCredentialRevoked(PLACE, "kasse-1"));
    }

    @Test
    void revokingATillTwiceIsRefused() {
        fixture.given(REGISTERED, ISSUED, new TillCredentialRevoked(PLACE, "kasse-1"))
                .when(new RevokeTillCredential(PLACE, "kasse-1"))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }
}
