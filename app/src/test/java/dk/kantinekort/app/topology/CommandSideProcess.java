package dk.kantinekort.app.topology;

import dk.kantinekort.app.core.CoreAutoConfigurations;
import dk.kantinekort.app.demo.DemoDataConfiguration;
import dk.kantinekort.app.till.TillApiConfiguration;
import dk.kantinekort.command.CommandSideConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Process A of {@link MultiProcessTopologyTest}: the command side in a core context (Axon without Axon Server, its
 * events in the JDBC event store of {@code spring.datasource.url}, the demo data) and the till and admin API in a
 * reactive child, as {@code KantinekortApplication} arranges them, but without the query side, the portal and the
 * embedded helpers (MongoDB, mail, payment simulator, demo MitID).
 */
public final class CommandSideProcess {

    private CommandSideProcess() {
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplicationBuilder core = new SpringApplicationBuilder(Core.class)
                .web(WebApplicationType.NONE);
        core.run(args);
        ConfigurableApplicationContext tillApi = core.child(TillApiConfiguration.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=pos")
                .run(args);
        ReadyFile.announce(tillApi.getEnvironment().getProperty("local.server.port"));
    }

    /** The core context: the command side and the demo data, nothing of the read side. */
    @SpringBootConfiguration
    @CoreAutoConfigurations
    @Import({CommandSideConfiguration.class, DemoDataConfiguration.class})
    static class Core {
    }
}
