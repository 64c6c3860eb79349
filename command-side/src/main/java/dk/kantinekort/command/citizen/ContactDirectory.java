package dk.kantinekort.command.citizen;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * Each person's name, registered e-mail and contact details as the command side knows them now, kept sealed in a
 * look-up table in the transaction of the events. A replacement card order records the address from here, and
 * notices to the owner go to the e-mail from here; a forgotten person (key erased) has none.
 */
@Component
@ProcessingGroup(LookupProcessing.GROUP)
public class ContactDirectory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    ContactDirectory(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** The person's contact details on file, opened. */
    public Optional<ContactDetails> details(String citizenId) {
        return sealed(citizenId, "details_sealed").map(this::reveal).map(ContactDirectory::parseDetails);
    }

    /** Where a card for the person is sent: "Vej 1, 2860 By", or empty when no address is on file. */
    public Optional<String> postalAddress(String citizenId) {
        return details(citizenId).filter(d -> d.address() != null && !d.address().isBlank())
                .map(ContactDirectory::postalAddress);
    }

    /** The person's e-mail now: from the contact details, else as registered. */
    public Optional<String> email(String citizenId) {
        return details(citizenId).map(ContactDetails::email).filter(e -> e != null && !e.isBlank())
                .or(() -> sealed(citizenId, "email_sealed").map(this::reveal));
    }

    /** The person's name now: from the contact details, else as registered. */
    public Optional<String> name(String citizenId) {
        return details(citizenId).map(ContactDetails::name).filter(n -> n != null && !n.isBlank())
                .or(() -> sealed(citizenId, "name_sealed").map(this::reveal));
    }

    static String postalAddress(ContactDetails details) {
        String city = String.join(" ", nonNull(details.postalCode()), nonNull(details.city())).strip();
        return city.isEmpty() ? details.address().strip() : details.address().strip() + ", " + city;
    }

    static ContactDetails parseDetails(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, ContactDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sealed contact details are not JSON", e);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private String reveal(SealedData sealed) {
        return vault.handle(new RevealPersonalData(sealed));
    }

    private Optional<SealedData> sealed(String citizenId, String column) {
        List<String> found = jdbc.queryForList("SELECT " + column + " FROM citizen_contacts WHERE citizen_id = ?",
                String.class, citizenId);
        return found.stream().filter(s -> s != null).findFirst().map(ContactDirectory::fromJson);
    }

    @EventHandler
    void on(CitizenRegistered event) {
        jdbc.update("INSERT INTO citizen_contacts (citizen_id, name_sealed, email_sealed) VALUES (?, ?, ?)",
                event.citizenId(), toJson(event.name()), toJson(event.email()));
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        if (jdbc.update("UPDATE citizen_contacts SET details_sealed = ? WHERE citizen_id = ?", toJson(event.details()),
                event.citizenId()) == 0) {
            jdbc.update("INSERT INTO citizen_contacts (citizen_id, details_sealed) VALUES (?, ?)", event.citizenId(),
                    toJson(event.details()));
        }
    }

    private static String toJson(SealedData sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(sealed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SealedData fromJson(String json) {
        try {
            return JSON.readValue(json, SealedData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("citizen_contacts holds no sealed data", e);
        }
    }
}
