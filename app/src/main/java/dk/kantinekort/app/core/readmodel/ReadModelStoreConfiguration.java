package dk.kantinekort.app.core.readmodel;

import dk.kantinekort.embedded.readmodel.ReadModelH2Backend;
import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import dk.kantinekort.query.ReadModelCheckpoint;
import dk.kantinekort.query.ReadModelStoreClient;
import dk.kantinekort.query.SharedCheckpoint;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The MongoClient the query side writes its read models with: a real MongoDB when {@code canteen.mongo.uri}
 * is set, otherwise an embedded MongoDB wire-protocol server whose data lives in the data directory; either way with
 * the time-outs of {@link ReadModelStoreClient}.
 * The query side keeps its tracking tokens in the same store, so a token on disk never runs ahead of the
 * read models it stands for (decision record 5).
 */
@Configuration(proxyBeanMethods = false)
@Import({ReadModelStoreConfiguration.External.class, ReadModelStoreConfiguration.Embedded.class})
public class ReadModelStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStoreConfiguration.class);

    @Bean
    ReadModelStoreHealthIndicator readModelStoreHealthIndicator(MongoClient mongoClient) {
        return new ReadModelStoreHealthIndicator(mongoClient);
    }

    /** Production and scale-out: a MongoDB (replica set) given by its connection string. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${canteen.mongo.uri:}'.isBlank()")
    static class External {

        @Bean(destroyMethod = "close")
        MongoClient mongoClient(@Value("${canteen.mongo.uri}") String uri, Environment environment) {
            return ReadModelStoreClient.from(environment).connect(uri);
        }
    }

    /**
     * The embedded default: mongo-java-server with its H2 MVStore backend in the data directory, with unique
     * indexes that compare keys without Java serialisation ({@link ReadModelH2Backend}, decision record 7).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${canteen.mongo.uri:}'.isBlank()")
    static class Embedded {

        @Bean(destroyMethod = "close")
        H2Backend readModelBackend(@Value("${canteen.data-dir:./data}") String dataDirectory,
                                   @Value("${canteen.read-model.cache-mb:" + ReadModelH2Backend.DEFAULT_CACHE_MB + "}")
                                   int cacheSizeMb) throws IOException {
            Path dataDir = Path.of(dataDirectory);
            Files.createDirectories(dataDir);
            return ReadModelH2Backend.inFile(dataDir.resolve("readmodels.mv").toString(), cacheSizeMb);
        }

        @Bean(destroyMethod = "shutdown")
        MongoServer embeddedMongoServer(H2Backend readModelBackend,
                                        @Value("${canteen.mongo.host:127.0.0.1}") String host,
                                        @Value("${canteen.mongo.port:27018}") int port) {
            MongoServer server = new MongoServer(readModelBackend);
            server.bind(host, port);
            log.info("Embedded MongoDB wire-protocol server on {} (read models in {})",
                    server.getLocalAddress(), readModelBackend.getMvStore().getFileStore().getFileName());
            return server;
        }

        /**
         * Saves the store after each projection batch, before its token: the H2 backend saves its maps one at a
         * time in the background, so without this a kill -9 could keep a token whose data was lost (found by
         * bench/kill9-durability.sh; decision record 5).
         */
        @Bean
        ReadModelCheckpoint readModelCheckpoint(H2Backend readModelBackend) {
            // the projections' batches share a commit when they end together (decision record 30)
            return new SharedCheckpoint(readModelBackend::commit);
        }

        @Bean(destroyMethod = "close")
        MongoClient mongoClient(MongoServer embeddedMongoServer, Environment environment) {
            InetSocketAddress address = embeddedMongoServer.getLocalAddress();
            return ReadModelStoreClient.from(environment)
                    .connect("mongodb://%s:%d".formatted(address.getHostString(), address.getPort()));
        }
    }
}
