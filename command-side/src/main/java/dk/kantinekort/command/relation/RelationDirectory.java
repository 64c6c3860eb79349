package dk.kantinekort.command.relation;

import dk.kantinekort.api.relation.AccountLinkApproved;
import dk.kantinekort.api.relation.AccountLinkGranted;
import dk.kantinekort.api.relation.AccountLinkRejected;
import dk.kantinekort.api.relation.AccountLinkRequested;
import dk.kantinekort.api.relation.AccountLinkWithdrawn;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.command.LookupProcessing;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import dk.kantinekort.api.citizen.CitizenForgotten;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.command.citizen.PersonalDataVault;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who holds a link to whom, consistent with the events (written in their transaction): the portal's access
 * checks and the link requests decide with it, never with a lagging read model.
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class RelationDirectory {

    /** An open (pending or active) link of a requester to the person with a CPR number. */
    public record OpenLink(String relationId, RelationStatus status) {
    }

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    RelationDirectory(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** Whether {@code actingCitizenId} is the person or holds an active link to them. */
    public boolean mayActFor(String actingCitizenId, String citizenId) {
        return actingCitizenId.equals(citizenId) || !jdbc.queryForList(
                "SELECT relation_id FROM relations WHERE requester_id = ? AND owner_id = ? AND status = 'ACTIVE'",
                String.class, actingCitizenId, citizenId).isEmpty();
    }

    Optional<OpenLink> openLink(String requesterId, String cprHash) {
        return jdbc.query("SELECT relation_id, status FROM relations WHERE requester_id = ? AND cpr_hash = ? "
                                + "AND status IN ('PENDING', 'ACTIVE') ORDER BY requested_at DESC",
                        (rs, i) -> new OpenLink(rs.getString(1), RelationStatus.valueOf(rs.getString(2))),
                        requesterId, cprHash)
                .stream().findFirst();
    }

    @EventHandler
    void on(AccountLinkRequested event, @Timestamp Instant at) {
        insert(event.relationId(), event.requesterId(), event.ownerId(), cprHash(event.cpr()), RelationStatus.PENDING, at);
    }

    @EventHandler
    void on(AccountLinkGranted event, @Timestamp Instant at) {
        insert(event.relationId(), event.requesterId(), event.ownerId(), cprHash(event.cpr()), RelationStatus.ACTIVE, at);
    }

    @EventHandler
    void on(AccountLinkApproved event) {
        status(event.relationId(), RelationStatus.ACTIVE);
    }

    @EventHandler
    void on(AccountLinkRejected event) {
        status(event.relationId(), RelationStatus.REJECTED);
    }

    @EventHandler
    void on(AccountLinkWithdrawn event) {
        status(event.relationId(), RelationStatus.WITHDRAWN);
    }

    /** The keyed hash of the sealed CPR number; null once the person whose key sealed it is forgotten. */
    private String cprHash(SealedData cpr) {
        String digits = vault.open(cpr);
        return digits != null && Cpr.isValid(digits) ? vault.cprHash(Cpr.parse(digits)) : null;
    }

    /** A forgotten person's CPR number no longer finds the links that name it. */
    @EventHandler
    void on(CitizenForgotten event) {
        jdbc.update("UPDATE relations SET cpr_hash = NULL WHERE owner_id = ? OR (owner_id IS NULL AND requester_id = ?)",
                event.citizenId(), event.citizenId());
    }

    /** The links still open (pending or active) in which the person is the requester or the owner. */
    public List<String> openLinksOf(String citizenId) {
        return jdbc.queryForList("SELECT relation_id FROM relations WHERE (requester_id = ? OR owner_id = ?) "
                + "AND status IN ('PENDING', 'ACTIVE') ORDER BY relation_id", String.class, citizenId, citizenId);
    }

    private void insert(String relationId, String requesterId, String ownerId, String cprHash,
                        RelationStatus status, Instant at) {
        jdbc.update("INSERT INTO relations (relation_id, requester_id, owner_id, cpr_hash, status, requested_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", relationId, requesterId, ownerId, cprHash, status.name(),
                java.sql.Timestamp.from(at));
    }

    private void status(String relationId, RelationStatus status) {
        jdbc.update("UPDATE relations SET status = ? WHERE relation_id = ?", status.name(), relationId);
    }
}
