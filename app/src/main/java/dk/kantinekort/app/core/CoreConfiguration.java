package dk.kantinekort.app.core;

import dk.kantinekort.app.core.readmodel.ReadModelStoreConfiguration;
import dk.kantinekort.app.demo.DemoDataConfiguration;
import dk.kantinekort.command.CommandSideConfiguration;
import dk.kantinekort.query.QuerySideConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The parent context (web NONE): Axon without Axon Server, the event-store DataSource (Boot's
 * spring.datasource.*), the read-model MongoClient, the command and the query side. Both web children see
 * these beans, e.g. the CommandGateway and the QueryGateway.
 */
@SpringBootConfiguration
@CoreAutoConfigurations
@Import({ReadModelStoreConfiguration.class, StartupMetricsConfiguration.class,
        CommandSideConfiguration.class, QuerySideConfiguration.class, DemoDataConfiguration.class})
public class CoreConfiguration {
}
