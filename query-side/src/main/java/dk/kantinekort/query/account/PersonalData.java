package dk.kantinekort.query.account;

import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.citizen.SealedData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Opens sealed personal data through the command side (which holds the citizens' keys). */
@Component
class PersonalData {

    private final QueryGateway queryGateway;

    PersonalData(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The plain text, or empty when there was nothing sealed or the citizen's key was erased. */
    Optional<String> reveal(SealedData sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(queryGateway.query(new RevealPersonalData(sealed),
                ResponseTypes.instanceOf(String.class)).join());
    }

    /** Only the date part of the CPR number ever reaches a read model. */
    Optional<String> revealCprMasked(SealedData sealed) {
        return reveal(sealed).filter(Cpr::isValid).map(cpr -> Cpr.parse(cpr).masked());
    }
}
