package dk.kantinekort.ui.staff.place;

import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.ListPlaces;
import dk.kantinekort.api.till.PlaceView;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.RenamePlace;
import dk.kantinekort.api.till.RevokeTillCredential;
import dk.kantinekort.api.till.TillToken;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Steder og kasser (F13, F16): places with their unit kind, their tills, and the credentials tills hold. A new
 * credential is made here, sent to the ledger only as its hash, and handed to the page once to show; nothing keeps
 * it afterwards.
 */
class PlaceDesk {

    static final int MAX_NAME = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What issuing a credential came to; {@code token} only when it was issued. */
    record Issued(Outcome outcome, String tillId, String token) {
    }

    private final StaffQueries queries;
    private final StaffCommands commands;

    PlaceDesk(StaffQueries queries, StaffCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** Every place by name with its tills; throws IllegalStateException when the read side is away. */
    List<PlaceView> places() {
        return queries.list(new ListPlaces(), PlaceView.class);
    }

    Outcome register(String name, UnitKind unitKind) {
        String stripped = stripped(name);
        if (stripped.isEmpty() || stripped.length() > MAX_NAME || unitKind == null) {
            return Outcome.refused("backoffice.places.name-and-unit-required");
        }
        return Outcome.of(() -> commands.send(new RegisterPlace(UUID.randomUUID().toString(), stripped, unitKind)),
                "backoffice.places.registered");
    }

    Outcome rename(PlaceView place, String name) {
        String stripped = stripped(name);
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            return Outcome.refused("backoffice.places.name-required");
        }
        return Outcome.of(() -> commands.send(new RenamePlace(place.placeId(), stripped)),
                "backoffice.places.renamed");
    }

    /** A new till at the place with a fresh random credential (256 bits); only its SHA-256 leaves this method. */
    Issued issue(PlaceView place) {
        String tillId = "kasse-" + HexFormat.of().formatHex(randomBytes(4));
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        Outcome outcome = Outcome.of(() -> commands.send(new IssueTillCredential(place.placeId(), tillId,
                TillToken.hash(token))), "backoffice.places.issued");
        return new Issued(outcome, tillId, outcome.done() ? token : null);
    }

    Outcome revoke(PlaceView place, PlaceView.Till till) {
        return Outcome.of(() -> commands.send(new RevokeTillCredential(place.placeId(), till.tillId())),
                "backoffice.places.revoked");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
