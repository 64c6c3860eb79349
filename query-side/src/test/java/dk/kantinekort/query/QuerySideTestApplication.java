package dk.kantinekort.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The query side alone: an in-memory event store, mongo-java-server on a random port (memory backend, or the
 * app's H2 backend with {@code test.mongo.backend=h2}) reached through the real driver, and a stand-in for the
 * command side's key vault.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(QuerySideConfiguration.class)
public class QuerySideTestApplication {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer mongoServer(@Value("${test.mongo.backend:memory}") String backend) {
        MongoBackend mongoBackend = "h2".equals(backend) ? H2Backend.inMemory() : new MemoryBackend();
        MongoServer server = new MongoServer(mongoBackend);
        server.bind();
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer mongoServer) {
        return MongoClients.create(mongoServer.getConnectionString());
    }

    @Bean
    EventStorageEngine eventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }

    @Bean
    TestKeyVault testKeyVault() {
        return new TestKeyVault();
    }
}
