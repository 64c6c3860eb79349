package dk.kantinekort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The command side as its own service: its settings, and a start without Axon Server on its own database. */
class CommandSideApplicationTest {

    static final String MASTER_KEY = "--canteen.personal-data.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final String HASH_KEY = "--canteen.personal-data.hash-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
    static final String PUBLIC_URL = "--canteen.portal.public-url=https://portal.example";

    @Test
    void withoutADatasourceItStopsAtOnceNamingTheSetting() {
        assertThatThrownBy(() -> CommandSideApplication.application()
                .run("--axon.axonserver.enabled=false", "--server.port=0", MASTER_KEY, HASH_KEY, PUBLIC_URL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("command-side cannot start")
                .hasMessageContaining("spring.datasource.url (environment SPRING_DATASOURCE_URL)")
                .hasMessageNotContaining("personal-data");
    }

    @Test
    void withoutThePersonalDataKeysItStopsAtOnceNamingBoth() {
        assertThatThrownBy(() -> CommandSideApplication.application()
                .run("--axon.axonserver.enabled=false", "--spring.datasource.url=jdbc:h2:mem:unused"))
                .hasMessageContaining("canteen.personal-data.master-key (environment CANTEEN_PERSONAL_DATA_MASTER_KEY)")
                .hasMessageContaining("canteen.personal-data.hash-key (environment CANTEEN_PERSONAL_DATA_HASH_KEY)");
    }

    @Test
    void withoutThePortalsPublicAddressItStopsAtOnceNamingIt() {
        assertThatThrownBy(() -> CommandSideApplication.application()
                .run("--axon.axonserver.enabled=false", "--spring.datasource.url=jdbc:h2:mem:unused", MASTER_KEY,
                        HASH_KEY))
                .hasMessageContaining("canteen.portal.public-url (environment CANTEEN_PORTAL_PUBLIC_URL)");
    }

    @Test
    void withoutAxonServerItStartsOnItsDatasourceAsEventStore() throws Exception {
        String database = "jdbc:h2:mem:command-side-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext service = CommandSideApplication.application()
                .run("--axon.axonserver.enabled=false", "--spring.datasource.url=" + database, "--server.port=0",
                        MASTER_KEY, HASH_KEY, PUBLIC_URL)) {
            EventStore eventStore = service.getBean(EventStore.class);
            assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
            assertThat(service.getBean(JdbcEventStorageEngine.class)).isNotNull();

            String port = service.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
    }
}
