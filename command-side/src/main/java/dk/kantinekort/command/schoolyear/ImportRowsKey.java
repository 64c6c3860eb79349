package dk.kantinekort.command.schoolyear;

import dk.kantinekort.api.schoolyear.SchoolYearImportFinished;
import dk.kantinekort.api.schoolyear.SchoolYearImportStarted;
import dk.kantinekort.command.LookupProcessing;
import dk.kantinekort.command.citizen.PersonalDataVault;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The data key an import's rows are sealed with: erased in the transaction that finishes the import, so the file's
 * CPR numbers and names are unreadable in the event from then on (what was applied lives on in the people's own
 * events, under their own keys).
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
class ImportRowsKey {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    ImportRowsKey(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** Whether an import with this id was started (so loading it finds it). */
    boolean known(String importId) {
        return !jdbc.queryForList("SELECT import_id FROM school_year_imports WHERE import_id = ?", String.class,
                importId).isEmpty();
    }

    @EventHandler
    void on(SchoolYearImportStarted event) {
        if (event.rows() != null) {
            jdbc.update("INSERT INTO school_year_imports (import_id, key_id) VALUES (?, ?)", event.importId(),
                    event.rows().keyId());
        }
    }

    @EventHandler
    void on(SchoolYearImportFinished event) {
        jdbc.queryForList("SELECT key_id FROM school_year_imports WHERE import_id = ?", String.class,
                event.importId()).forEach(vault::eraseKeyOf);
    }
}
