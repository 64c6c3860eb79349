package dk.kantinekort.command.citizen;

import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.RegisterCitizen;
import java.util.UUID;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Registers a new person: a data key of their own first, then the sealed CPR number, name and e-mail. */
@Component
public class CitizenRegistration {

    private final PersonalDataVault vault;
    private final Repository<Citizen> citizenRepository;

    CitizenRegistration(PersonalDataVault vault, Repository<Citizen> citizenRepository) {
        this.vault = vault;
        this.citizenRepository = citizenRepository;
    }

    /** Registers the person within the current command's transaction and answers the new citizen id. */
    public String register(Cpr cpr, String name, String email) throws Exception {
        String citizenId = UUID.randomUUID().toString();
        vault.createKeyFor(citizenId);
        RegisterCitizen register = new RegisterCitizen(citizenId,
                vault.seal(citizenId, cpr.digits()),
                vault.seal(citizenId, name.strip()),
                vault.seal(citizenId, isBlank(email) ? null : email.strip()));
        citizenRepository.newInstance(() -> new Citizen(register));
        return citizenId;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
