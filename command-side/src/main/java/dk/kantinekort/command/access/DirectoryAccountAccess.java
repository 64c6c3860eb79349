package dk.kantinekort.command.access;

import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.relation.RelationDirectory;
import org.springframework.stereotype.Component;

/** {@link AccountAccess} from the owner look-up and the active links, as the portal's guard decides. */
@Component
class DirectoryAccountAccess implements AccountAccess {

    private final CitizenDirectory citizens;
    private final RelationDirectory relations;

    DirectoryAccountAccess(CitizenDirectory citizens, RelationDirectory relations) {
        this.citizens = citizens;
        this.relations = relations;
    }

    @Override
    public boolean mayActOn(String citizenId, String accountId) {
        return citizenId != null && accountId != null
                && citizens.ownerOf(accountId).filter(owner -> relations.mayActFor(citizenId, owner)).isPresent();
    }

    @Override
    public boolean exists(String accountId) {
        return accountId != null && citizens.ownerOf(accountId).isPresent();
    }
}
