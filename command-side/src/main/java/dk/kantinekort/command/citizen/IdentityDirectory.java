package dk.kantinekort.command.citizen;

import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.api.identity.IdentityLinked;
import dk.kantinekort.command.LookupProcessing;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Login identities (OIDC subjects) and the people they belong to: one identity per person, and back. */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class IdentityDirectory {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    IdentityDirectory(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    public Optional<String> citizenOf(String subject) {
        return jdbc.queryForList("SELECT citizen_id FROM identity_links WHERE subject = ?", String.class, subject)
                .stream().findFirst();
    }

    public Optional<String> identityOf(String citizenId) {
        return jdbc.queryForList("SELECT subject FROM identity_links WHERE citizen_id = ?", String.class, citizenId)
                .stream().findFirst();
    }

    /** Answers the portal's "who is this login?": the citizen id, or null while the identity is unlinked. */
    @QueryHandler
    public String handle(FindCitizenByIdentity query) {
        return citizenOf(query.subject()).orElse(null);
    }

    @EventHandler
    void on(IdentityLinked event) {
        String subject = vault.open(event.subject());
        if (subject == null) {
            return; // the person was forgotten: the login leads to nobody
        }
        jdbc.update("INSERT INTO identity_links (subject, citizen_id) VALUES (?, ?)", subject, event.citizenId());
    }
}
