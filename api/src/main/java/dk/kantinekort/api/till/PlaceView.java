package dk.kantinekort.api.till;

import dk.kantinekort.api.account.UnitKind;
import java.time.Instant;
import java.util.List;

/** A place as staff see it: its name, unit kind and every till that ever had a credential there. */
public record PlaceView(String placeId, String name, UnitKind unitKind, List<Till> tills) {

    public PlaceView {
        tills = tills == null ? List.of() : List.copyOf(tills);
    }

    /** A till of the place; never its credential. */
    public record Till(String tillId, State state, Instant issuedAt, Instant revokedAt) {
    }

    /** Whether the till's credential still opens the till API. */
    public enum State { ACTIVE, REVOKED }
}
