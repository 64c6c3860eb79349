package dk.kantinekort.query.places;

import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.till.ListPlaces;
import dk.kantinekort.api.till.PlaceRegistered;
import dk.kantinekort.api.till.PlaceRenamed;
import dk.kantinekort.api.till.PlaceView;
import dk.kantinekort.api.till.TillCredentialIssued;
import dk.kantinekort.api.till.TillCredentialRevoked;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = QuerySideTestApplication.class)
class PlacesProjectionTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;

    Instant issued = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(120);
    Instant revoked = issued.plusSeconds(60);

    @Test
    void aPlaceIsListedUnderItsLatestNameWithEveryTillAndItsState() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        String placeId = newId();
        String active = "kasse-" + newId();
        String withdrawn = "kasse-" + newId();
        ledger.publish("Place", placeId, new PlaceRegistered(placeId, "Gladsaxe Skole", UnitKind.SCHOOL), issued);
        ledger.publish("Place", placeId, new TillCredentialIssued(placeId, active, "hash-1"), issued);
        ledger.publish("Place", placeId, new TillCredentialIssued(placeId, withdrawn, "hash-2"), issued);
        ledger.publish("Place", placeId, new TillCredentialRevoked(placeId, withdrawn), revoked);
        ledger.publish("Place", placeId, new PlaceRenamed(placeId, "Gladsaxe Skole, kantinen"), revoked);

        PlaceView place = await().atMost(Duration.ofSeconds(10)).until(() -> placeOf(placeId),
                p -> p.isPresent() && p.get().name().endsWith("kantinen") && p.get().tills().size() == 2
                        && p.get().tills().stream().anyMatch(t -> t.state() == PlaceView.State.REVOKED)).orElseThrow();

        assertThat(place.unitKind()).isEqualTo(UnitKind.SCHOOL);
        assertThat(place.tills()).containsExactlyInAnyOrder(
                new PlaceView.Till(active, PlaceView.State.ACTIVE, issued, null),
                new PlaceView.Till(withdrawn, PlaceView.State.REVOKED, issued, revoked));
    }

    private Optional<PlaceView> placeOf(String placeId) {
        List<PlaceView> places = queryGateway.query(new ListPlaces(),
                ResponseTypes.multipleInstancesOf(PlaceView.class)).join();
        return places.stream().filter(p -> p.placeId().equals(placeId)).findFirst();
    }
}
