package dk.kantinekort.command.citizen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.citizen.CitizenRegistered;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.ContactDetailsChanged;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.command.LookupProcessing;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the command side can reach a person by mail (a notice of a new link to them): their e-mail address as
 * registered or last changed, kept sealed with their own key and opened only when a mail goes out. Erasing the
 * key forgets it here too.
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class CitizenContacts {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    CitizenContacts(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** The person's e-mail address in clear; empty when none is known or the person was forgotten. */
    public Optional<String> emailOf(String citizenId) {
        List<String[]> rows = jdbc.query("SELECT registered_email, details FROM citizen_contacts WHERE citizen_id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, citizenId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String[] row = rows.get(0);
        if (row[1] != null) {
            String details = vault.handle(new RevealPersonalData(read(row[1])));
            if (details != null) {
                return Optional.ofNullable(read(details, ContactDetails.class).email());
            }
        }
        return Optional.ofNullable(row[0] == null ? null : vault.handle(new RevealPersonalData(read(row[0]))));
    }

    @EventHandler
    void on(CitizenRegistered event) {
        jdbc.update("INSERT INTO citizen_contacts (citizen_id, registered_email) VALUES (?, ?)", event.citizenId(),
                write(event.email()));
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        jdbc.update("UPDATE citizen_contacts SET details = ? WHERE citizen_id = ?", write(event.details()),
                event.citizenId());
    }

    private static String write(SealedData sealed) {
        try {
            return sealed == null ? null : JSON.writeValueAsString(sealed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sealed data cannot be written", e);
        }
    }

    private static SealedData read(String json) {
        return read(json, SealedData.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored contact details cannot be read", e);
        }
    }
}
