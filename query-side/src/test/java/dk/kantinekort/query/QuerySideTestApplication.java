package dk.kantinekort.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.h2.mvstore.MVStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The query side alone: an in-memory event store, mongo-java-server on a random port (memory backend, or the
 * library's H2 backend with {@code test.mongo.backend=h2}) reached through the real driver, and a stand-in for the
 * command side's key vault. For measurements {@code test.mongo.backend} may also name an {@code H2Backend}
 * subclass with an {@code (MVStore)} constructor found on the test classpath (the app's read-model store, added
 * with an absolute {@code -Dmaven.test.additionalClasspath=$PWD/app/target/classes}); no module depends on it at
 * compile time.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(QuerySideConfiguration.class)
public class QuerySideTestApplication {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer mongoServer(@Value("${test.mongo.backend:memory}") String backend) throws ReflectiveOperationException {
        MongoBackend mongoBackend = switch (backend) {
            case "memory" -> new MemoryBackend();
            case "h2" -> H2Backend.inMemory();
            default -> Class.forName(backend).asSubclass(H2Backend.class).getConstructor(MVStore.class)
                    .newInstance(MVStore.open(null));
        };
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
