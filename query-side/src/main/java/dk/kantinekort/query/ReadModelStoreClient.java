package dk.kantinekort.query;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.core.env.Environment;

/**
 * The MongoDB client of the read models, with time-outs short enough that a page asking while the store is
 * unreachable gets its "kan ikke vises lige nu" within seconds instead of hanging for the driver's 30 s server
 * selection (and, on a connection that stopped answering, its unlimited socket read). Settings:
 * {@code canteen.mongo.server-selection-timeout} (PT3S), {@code canteen.mongo.connect-timeout} (PT2S) and
 * {@code canteen.mongo.read-timeout} (PT5S); they win over the same options in the connection string.
 */
public record ReadModelStoreClient(Duration serverSelection, Duration connect, Duration read) {

    /** The time-outs from the environment, or their defaults. */
    public static ReadModelStoreClient from(Environment environment) {
        return new ReadModelStoreClient(
                environment.getProperty("canteen.mongo.server-selection-timeout", Duration.class, Duration.ofSeconds(3)),
                environment.getProperty("canteen.mongo.connect-timeout", Duration.class, Duration.ofSeconds(2)),
                environment.getProperty("canteen.mongo.read-timeout", Duration.class, Duration.ofSeconds(5)));
    }

    /** A client for the connection string, with these time-outs. */
    public MongoClient connect(String connectionString) {
        return MongoClients.create(settings(connectionString));
    }

    MongoClientSettings settings(String connectionString) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .applyToClusterSettings(cluster -> cluster
                        .serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout((int) connect.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) read.toMillis(), TimeUnit.MILLISECONDS))
                .build();
    }
}
