package dk.kantinekort.ui.citizen.profile;

import dk.kantinekort.api.privacy.FindPersonalDataExport;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.shell.Answers;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * "Hent mine data" (right of access, issue 15): the file of everything held about the logged-in citizen and the people
 * they act for through approved links. Always the logged-in citizen's own: no id from the page or the address.
 */
@Component
class MyDataFile {

    private final QueryGateway queryGateway;
    private final CurrentCitizen currentCitizen;

    MyDataFile(QueryGateway queryGateway, CurrentCitizen currentCitizen) {
        this.queryGateway = queryGateway;
        this.currentCitizen = currentCitizen;
    }

    /** The JSON text; empty when nobody is logged in or nothing is held. Throws IllegalStateException when unanswered. */
    Optional<String> json() {
        Optional<String> citizenId = currentCitizen.citizenId();
        if (citizenId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Answers.await(queryGateway.query(new FindPersonalDataExport(citizenId.get()),
                ResponseTypes.instanceOf(String.class)), "the personal data"));
    }
}
