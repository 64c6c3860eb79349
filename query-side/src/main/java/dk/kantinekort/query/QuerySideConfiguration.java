package dk.kantinekort.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dk.kantinekort.api.scheme.SchemeParts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;

/**
 * Entry point of the read side: projections into MongoDB and the query handlers on them. Expects a
 * {@link MongoClient} bean from the launcher (embedded wire server or a real MongoDB) and reads the database
 * name from {@code canteen.mongo.database}.
 */
@Configuration(proxyBeanMethods = false)
// the service's main class (with its own MongoClient) is not part of the library the embedded default imports, nor
// is any other application class (a test's) that a scan of this package would find
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
        classes = SpringBootConfiguration.class))
public class QuerySideConfiguration {

    /** Which parts of the scheme this municipality has switched on ({@code canteen.municipality.<part>-enabled}). */
    @Bean
    @ConditionalOnMissingBean
    SchemeParts schemeParts(Environment environment) {
        return SchemeParts.from(environment::getProperty);
    }

    /** The database holding the read models and, on purpose, the projections' tracking tokens. */
    @Bean
    public MongoDatabase readModelDatabase(MongoClient mongoClient,
                                           @Value("${canteen.mongo.database:kantinekort}") String database) {
        return mongoClient.getDatabase(database);
    }
}
