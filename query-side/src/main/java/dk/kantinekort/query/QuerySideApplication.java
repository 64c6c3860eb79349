package dk.kantinekort.query;

import dk.kantinekort.api.startup.RequiredSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The query side as its own service (docker/): projections into MongoDB and the query handlers on them, events
 * from Axon Server, configured by {@code query-side.yml}. Several instances share the tracking tokens in MongoDB
 * ({@code tracking_tokens}), so they split the processors' segments and take over a stopped one's. The embedded
 * default (module app) imports the same {@link QuerySideConfiguration}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(QuerySideConfiguration.class)
public class QuerySideApplication {

    /** The name of the service's settings file ({@code query-side.yml}). */
    public static final String CONFIG_NAME = "query-side";

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
                .axonServer("the query side reads the events from Axon Server; without it this service has no "
                        + "event store (run the embedded default, module app, instead)");
        application.addInitializers(context -> required.verify(context.getEnvironment()::getProperty));
        return application;
    }

    /** The read-model database given by {@code canteen.mongo.uri} (a replica set in production). */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(@Value("${canteen.mongo.uri}") String uri) {
        return MongoClients.create(uri);
    }
}
