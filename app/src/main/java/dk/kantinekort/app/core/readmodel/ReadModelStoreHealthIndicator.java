package dk.kantinekort.app.core.readmodel;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** Health of the read-model database (embedded or real MongoDB): answers a ping. */
class ReadModelStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient mongoClient;

    ReadModelStoreHealthIndicator(MongoClient mongoClient) {
        super("Read-model database health check failed");
        this.mongoClient = mongoClient;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongoClient.getDatabase("admin").runCommand(new Document("ping", 1));
        builder.up();
    }
}
