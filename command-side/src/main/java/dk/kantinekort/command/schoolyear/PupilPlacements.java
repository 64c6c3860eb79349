package dk.kantinekort.command.schoolyear;

import dk.kantinekort.api.citizen.CitizenForgotten;
import dk.kantinekort.api.schoolyear.CardAccountClosed;
import dk.kantinekort.api.schoolyear.CardAccountReopened;
import dk.kantinekort.api.schoolyear.PupilRowApplied;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.command.LookupProcessing;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Where each pupil is placed now (school and class) and by which import, kept in the events' transaction: what the
 * next file is compared with, and who left. A closed account stays, marked closed; a forgotten person goes.
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class PupilPlacements {

    /**
     * A pupil's account, school and class, the import that placed it there, whether it was marked leaving, and
     * whether the account was closed as a leaver's.
     */
    public record Placement(String accountId, String citizenId, String schoolId, String className, String importId,
                            boolean leaving, boolean closed) {
    }

    private static final String COLUMNS = "account_id, citizen_id, school_id, class_name, import_id, leaving";
    private static final String SELECTED = COLUMNS + ", closed";
    private static final RowMapper<Placement> ROW = (rs, i) -> new Placement(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7));

    private final JdbcTemplate jdbc;

    PupilPlacements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Placement> of(String accountId) {
        return jdbc.query("SELECT " + SELECTED + " FROM pupil_placements WHERE account_id = ?", ROW, accountId)
                .stream().findFirst();
    }

    /** The open accounts placed at these schools. */
    public List<Placement> atSchools(Collection<String> schoolIds) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", schoolIds.stream().map(s -> "?").toList());
        return jdbc.query("SELECT " + SELECTED + " FROM pupil_placements WHERE closed = FALSE AND school_id IN ("
                + marks + ") ORDER BY school_id, class_name, account_id", ROW, schoolIds.toArray());
    }

    /**
     * The leavers after an applied import: open accounts at the schools the import placed pupils at that it did not
     * name, or named as leaving.
     */
    public List<Placement> leaversOf(String importId) {
        return jdbc.query("SELECT " + SELECTED + " FROM pupil_placements WHERE closed = FALSE AND school_id IN "
                + "(SELECT school_id FROM pupil_placements WHERE import_id = ?) AND (import_id <> ? OR leaving = TRUE) "
                + "ORDER BY school_id, class_name, account_id", ROW, importId, importId);
    }

    @EventHandler
    void on(PupilRowApplied event) {
        boolean leaving = event.action() == RowAction.LEAVING;
        if (jdbc.update("UPDATE pupil_placements SET citizen_id = ?, school_id = ?, class_name = ?, import_id = ?, "
                        + "leaving = ? WHERE account_id = ?", event.citizenId(), event.schoolId(),
                event.className() == null ? "" : event.className(), event.importId(), leaving,
                event.accountId()) == 0) {
            jdbc.update("INSERT INTO pupil_placements (" + COLUMNS + ", closed) VALUES (?, ?, ?, ?, ?, ?, FALSE)",
                    event.accountId(), event.citizenId(), event.schoolId(),
                    event.className() == null ? "" : event.className(), event.importId(), leaving);
        }
    }

    @EventHandler
    void on(CardAccountClosed event) {
        jdbc.update("UPDATE pupil_placements SET closed = TRUE WHERE account_id = ?", event.accountId());
    }

    /** A returning pupil's account was opened again: it is placed like any other from now on. */
    @EventHandler
    void on(CardAccountReopened event) {
        jdbc.update("UPDATE pupil_placements SET closed = FALSE, leaving = FALSE WHERE account_id = ?",
                event.accountId());
    }

    @EventHandler
    void on(CitizenForgotten event) {
        jdbc.update("DELETE FROM pupil_placements WHERE citizen_id = ?", event.citizenId());
    }
}
