package dk.kantinekort.app.core.readmodel;

import dk.kantinekort.embedded.readmodel.ReadModelH2Backend;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ReadModelStoreConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ReadModelStoreConfiguration.class);

    @TempDir
    Path dataDir;

    @Test
    void withoutAMongoUriTheEmbeddedServerStoresTheReadModelsInTheDataDirectory() {
        runner.withPropertyValues("canteen.data-dir=" + dataDir, "canteen.mongo.port=0").run(context -> {
            assertThat(context).hasSingleBean(MongoServer.class).hasSingleBean(MongoClient.class)
                    .hasSingleBean(ReadModelH2Backend.class);
            assertThat(context.getBean(MongoServer.class).getLocalAddress().getAddress().isLoopbackAddress())
                    .as("the embedded server is reachable from this machine only").isTrue();
            Document pong = context.getBean(MongoClient.class).getDatabase("admin").runCommand(new Document("ping", 1));
            assertThat(pong.get("ok", Number.class).intValue()).isEqualTo(1);
        });
        assertThat(dataDir.resolve("readmodels.mv")).exists();
    }

    @Test
    void withAMongoUriNoEmbeddedServerIsStarted() {
        runner.withPropertyValues("canteen.data-dir=" + dataDir, "canteen.mongo.uri=mongodb://127.0.0.1:1/")
                .run(context -> {
                    assertThat(context).hasSingleBean(MongoClient.class).doesNotHaveBean(MongoServer.class);
                    assertThat(dataDir.resolve("readmodels.mv")).doesNotExist();
                });
    }
}
