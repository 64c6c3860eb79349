package dk.kantinekort.query;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The query side as its own service stops at once, naming the setting, where it cannot run. */
class QuerySideApplicationTest {

    @Test
    void withoutAMongoUriItStopsAtOnceNamingTheSetting() {
        assertThatThrownBy(() -> QuerySideApplication.application().run("--server.port=0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("query-side cannot start")
                .hasMessageContaining("canteen.mongo.uri (environment CANTEEN_MONGO_URI)")
                .hasMessageNotContaining("axon.axonserver.enabled");
    }

    @Test
    void withoutAxonServerItHasNoEventStoreAndSaysSo() {
        assertThatThrownBy(() -> QuerySideApplication.application()
                .run("--server.port=0", "--axon.axonserver.enabled=false", "--canteen.mongo.uri=mongodb://localhost:1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("axon.axonserver.enabled=true (environment AXON_AXONSERVER_ENABLED")
                .hasMessageNotContaining("canteen.mongo.uri");
    }
}
