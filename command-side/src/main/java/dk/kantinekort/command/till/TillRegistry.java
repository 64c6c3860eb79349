package dk.kantinekort.command.till;

import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.till.AuthenticateTill;
import dk.kantinekort.api.till.PlaceRegistered;
import dk.kantinekort.api.till.PlaceRenamed;
import dk.kantinekort.api.till.TillCredentialIssued;
import dk.kantinekort.api.till.TillCredentialRevoked;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.command.LookupProcessing;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The tills that may charge cards, with their place and unit kind; revocation takes effect at once. */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class TillRegistry implements TillCredentials {

    private static final String SELECT = "SELECT t.till_id, t.place_id, p.name, p.unit_kind FROM tills t "
            + "JOIN places p ON p.place_id = t.place_id WHERE t.revoked = FALSE AND ";
    private static final RowMapper<TillIdentity> IDENTITY = (rs, i) -> new TillIdentity(rs.getString(1),
            rs.getString(2), rs.getString(3), UnitKind.valueOf(rs.getString(4)));

    private final JdbcTemplate jdbc;

    TillRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TillIdentity> activeTill(String tillId) {
        return first(jdbc.query(SELECT + "t.till_id = ?", IDENTITY, tillId));
    }

    /** Answers the till API's authentication: the till holding this credential, or null. */
    @QueryHandler
    public TillIdentity handle(AuthenticateTill query) {
        return first(jdbc.query(SELECT + "t.token_hash = ?", IDENTITY, query.tokenHash())).orElse(null);
    }

    @Override
    public boolean isCredentialTaken(String tokenHash) {
        return !jdbc.queryForList("SELECT till_id FROM tills WHERE token_hash = ?", String.class, tokenHash).isEmpty();
    }

    @EventHandler
    void on(PlaceRegistered event) {
        // an upsert both H2 and PostgreSQL understand (H2's MERGE ... KEY is its own)
        if (jdbc.update("UPDATE places SET name = ?, unit_kind = ? WHERE place_id = ?", event.name(),
                event.unitKind().name(), event.placeId()) == 0) {
            jdbc.update("INSERT INTO places (place_id, name, unit_kind) VALUES (?, ?, ?)", event.placeId(),
                    event.name(), event.unitKind().name());
        }
    }

    @EventHandler
    void on(PlaceRenamed event) {
        jdbc.update("UPDATE places SET name = ? WHERE place_id = ?", event.name(), event.placeId());
    }

    @EventHandler
    void on(TillCredentialIssued event) {
        if (jdbc.update("UPDATE tills SET place_id = ?, token_hash = ?, revoked = FALSE WHERE till_id = ?",
                event.placeId(), event.tokenHash(), event.tillId()) == 0) {
            jdbc.update("INSERT INTO tills (till_id, place_id, token_hash, revoked) VALUES (?, ?, ?, FALSE)",
                    event.tillId(), event.placeId(), event.tokenHash());
        }
    }

    @EventHandler
    void on(TillCredentialRevoked event) {
        jdbc.update("UPDATE tills SET revoked = TRUE WHERE till_id = ?", event.tillId());
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.stream().findFirst();
    }
}
