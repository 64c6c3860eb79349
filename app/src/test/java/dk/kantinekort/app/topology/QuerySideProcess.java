package dk.kantinekort.app.topology;

import dk.kantinekort.command.citizen.PersonalDataVault;
import dk.kantinekort.query.QuerySideApplication;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Processes B and C of {@link MultiProcessTopologyTest}: the standalone query side ({@link QuerySideApplication}, its
 * settings file and fail-fast checks) on the shared JDBC event store and MongoDB.
 *
 * <p>One stand-in: without Axon Server queries are not routed between processes, and the account summaries ask the
 * command side to reveal sealed names ({@code RevealPersonalData}). So this process also runs the command side's
 * {@link PersonalDataVault} on the shared database (its keys table), which in production answers from the command
 * side through Axon Server.
 */
public final class QuerySideProcess {

    private QuerySideProcess() {
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication application = QuerySideApplication.application();
        application.addPrimarySources(List.of(KeyVaultStandIn.class));
        // as from its own jar, where WebFlux is the only web stack (here Vaadin brings Spring MVC along)
        application.setWebApplicationType(WebApplicationType.REACTIVE);
        ConfigurableApplicationContext service = application.run(args);
        ReadyFile.announce(service.getEnvironment().getProperty("local.server.port"));
    }

    @Configuration(proxyBeanMethods = false)
    @Import(PersonalDataVault.class)
    static class KeyVaultStandIn {
    }
}
