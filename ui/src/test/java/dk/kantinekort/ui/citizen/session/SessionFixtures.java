package dk.kantinekort.ui.citizen.session;

import dk.kantinekort.ui.security.CurrentCitizen;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;

/** The portal's session helpers for view tests in other packages, on a fake login and stubbed gateways. */
public final class SessionFixtures {

    private SessionFixtures() {
    }

    /** The real access checks of {@link AccountSelection}, answering from the given gateway. */
    public static AccountSelection accountSelection(QueryGateway queryGateway, CurrentCitizen citizen) {
        return new AccountSelection(queryGateway, citizen);
    }

    /** The real sending of {@link PortalCommands} (actor and channel metadata) onto the given gateway. */
    public static PortalCommands portalCommands(CommandGateway commandGateway, CurrentCitizen citizen) {
        return new PortalCommands(commandGateway, citizen);
    }

    /** Someone logged in and linked to this citizen. */
    public static CurrentCitizen loggedIn(String citizenId) {
        return new FakeCitizen(Optional.of(citizenId), Optional.of("subject-" + citizenId));
    }

    /** Nobody logged in. */
    public static CurrentCitizen anonymous() {
        return new FakeCitizen(Optional.empty(), Optional.empty());
    }

    private record FakeCitizen(Optional<String> citizenId, Optional<String> subject) implements CurrentCitizen {
    }
}
