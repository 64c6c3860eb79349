package dk.kantinekort.command.citizen;

import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.FindCitizenByCpr;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the staff's CPR look-up from the keyed-hash directory: only the command side holds the hash key, and
 * the CPR number itself is stored nowhere.
 */
@Component
class CitizenByCpr {

    private final PersonalDataVault vault;
    private final CitizenDirectory citizens;

    CitizenByCpr(PersonalDataVault vault, CitizenDirectory citizens) {
        this.vault = vault;
        this.citizens = citizens;
    }

    @QueryHandler
    String handle(FindCitizenByCpr query) {
        if (!Cpr.isValid(query.cpr())) {
            return null;
        }
        return citizens.citizenWithCprHash(vault.cprHash(Cpr.parse(query.cpr()))).orElse(null);
    }
}
