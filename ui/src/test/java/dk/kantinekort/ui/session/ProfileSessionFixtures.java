package dk.kantinekort.ui.session;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;

/** The real session helpers over fake gateways, for view tests outside this package. */
public final class ProfileSessionFixtures {

    private ProfileSessionFixtures() {
    }

    public static AccountSelection accountSelection(QueryGateway queryGateway, CurrentCitizen currentCitizen) {
        return new AccountSelection(queryGateway, currentCitizen);
    }

    public static PortalCommands portalCommands(CommandGateway commandGateway, CurrentCitizen currentCitizen) {
        return new PortalCommands(commandGateway, currentCitizen);
    }
}
