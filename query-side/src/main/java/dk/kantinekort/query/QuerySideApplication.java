package dk.kantinekort.query;

import dk.kantinekort.api.startup.RequiredSettings;
import com.mongodb.client.MongoClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * The query side as its own service (docker/): projections into MongoDB and the query handlers on them, events
 * from Axon Server (or, with {@code axon.axonserver.enabled=false} and {@code spring.datasource.url}, from the
 * command side's JDBC event store), configured by {@code query-side.yml}. Several instances share the tracking tokens in MongoDB
 * ({@code tracking_tokens}), so they split the processors' segments and take over a stopped one's. The embedded
 * default (module app) imports the same {@link QuerySideConfiguration}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(QuerySideConfiguration.class)
public class QuerySideApplication {

    /** The name of the service's settings file ({@code query-side.yml}). */
    public static final String CONFIG_NAME = "query-side";

    private static final String DATASOURCE_URL = "spring.datasource.url";
    private static final String EXCLUDE = "spring.autoconfigure.exclude";
    private static final List<String> NO_JDBC = List.of(
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration");

    public static void main(String[] args) {
        // Axon's update checker calls home; a service in a closed network must not
        System.setProperty("axoniq.update-checker.disabled", "true");
        application().run(args);
    }

    /** The service, not yet started; tests run it in-process with their own arguments. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(QuerySideApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        RequiredSettings required = RequiredSettings.of("query-side")
                .property("canteen.mongo.uri", "the read models and the processors' tokens live in MongoDB, "
                        + "e.g. mongodb://mongo:27017/?replicaSet=rs0")
                .axonServerOr(DATASOURCE_URL, "the query side reads the events from Axon Server, or without it "
                        + "from the command side's SQL event store (e.g. jdbc:h2:tcp://command-side:9092/events); "
                        + "with neither it has no event store (or run the embedded default, module app)")
                .noDemoSecrets();
        application.addInitializers(context -> {
            ConfigurableEnvironment environment = context.getEnvironment();
            required.verify(environment::getProperty);
            withoutDatasourceNoJdbc(environment);
        });
        return application;
    }

    /**
     * Without {@code spring.datasource.url} the service has no SQL database at all: Boot would otherwise make an
     * in-memory one (H2 is on the class path for the JDBC event store), and Axon an empty event store on it.
     * With the URL, Axon's JdbcAutoConfiguration reads the events from it, as in the embedded default (the schema
     * is the command side's Flyway V1; the query side never migrates it, see query-side.yml).
     */
    private static void withoutDatasourceNoJdbc(ConfigurableEnvironment environment) {
        String url = environment.getProperty(DATASOURCE_URL);
        if (url != null && !url.isBlank()) {
            return;
        }
        String excluded = environment.getProperty(EXCLUDE, "");
        environment.getPropertySources().addFirst(new MapPropertySource("querySideWithoutDatasource", Map.of(EXCLUDE,
                (excluded.isBlank() ? "" : excluded + ",") + String.join(",", NO_JDBC))));
    }

    /**
     * Releasing segments so that another instance claims them ({@link ProcessorsEndpoint}); only when exposed, e.g.
     * {@code management.endpoints.web.exposure.include=health,processors}.
     */
    @Bean
    @ConditionalOnAvailableEndpoint(ProcessorsEndpoint.class)
    ProcessorsEndpoint processorsEndpoint(EventProcessingConfiguration processing,
                                          @Value("${canteen.query.claim-timeout:PT10S}") Duration claimTimeout) {
        return new ProcessorsEndpoint(processing, claimTimeout);
    }

    /** The read-model database given by {@code canteen.mongo.uri} (a replica set in production), with short time-outs. */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(@Value("${canteen.mongo.uri}") String uri, Environment environment) {
        return ReadModelStoreClient.from(environment).connect(uri);
    }
}
