package dk.kantinekort.query.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.citizen.SealedData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Opens sealed personal data through the command side (which holds the citizens' keys). */
@Component
public class PersonalData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final QueryGateway queryGateway;

    PersonalData(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The plain text, or empty when there was nothing sealed or the citizen's key was erased. */
    public Optional<String> reveal(SealedData sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(queryGateway.query(new RevealPersonalData(sealed),
                ResponseTypes.instanceOf(String.class)).join());
    }

    /** Contact details, sealed as JSON by the command side. */
    public Optional<ContactDetails> revealContactDetails(SealedData sealed) {
        return reveal(sealed).map(json -> {
            try {
                return JSON.readValue(json, ContactDetails.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Sealed contact details are not readable", e);
            }
        });
    }

    /** Only the date part of the CPR number ever reaches a read model. */
    public Optional<String> revealCprMasked(SealedData sealed) {
        return reveal(sealed).filter(Cpr::isValid).map(cpr -> Cpr.parse(cpr).masked());
    }
}
