package dk.kantinekort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
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
    static final String PSP_SECRET = "--canteen.psp.secret-key=test-psp-secret";
    static final String PSP_WEBHOOK = "--canteen.psp.webhook-authorization=test-psp-webhook";
    static final String TEMPORARY_CARD_SECRET = "--canteen.temporary-card.secret=test-temporary-card-secret";

    @Test
    void outsideTheEmbeddedDemoItRefusesTheDemosSecretsNamingEachAndTheSwitch() {
        assertThatThrownBy(() -> CommandSideApplication.application().run("--axon.axonserver.enabled=false",
                "--spring.datasource.url=jdbc:h2:mem:unused", "--server.port=0", PUBLIC_URL,
                "--canteen.personal-data.master-key=ZGVtby1tYXN0ZXIta2V5LWthbnRpbmVrb3J0LTIwMjY=", HASH_KEY,
                "--canteen.psp.secret-key=demo-psp-secret", "--canteen.psp.webhook-authorization=demo-psp-webhook"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("command-side cannot start")
                .hasMessageContaining("canteen.personal-data.master-key (environment CANTEEN_PERSONAL_DATA_MASTER_KEY) "
                        + "holds the embedded demo's value")
                .hasMessageContaining("canteen.psp.secret-key (environment CANTEEN_PSP_SECRET_KEY) holds the embedded demo's value")
                .hasMessageContaining("canteen.psp.webhook-authorization (environment CANTEEN_PSP_WEBHOOK_AUTHORIZATION)")
                .hasMessageContaining("canteen.demo.enabled=false outside the embedded demo")
                .hasMessageContaining("canteen.temporary-card.secret (environment CANTEEN_TEMPORARY_CARD_SECRET)")
                .hasMessageNotContaining("hash-key");
    }

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
                        MASTER_KEY, HASH_KEY, PUBLIC_URL, PSP_SECRET, PSP_WEBHOOK, TEMPORARY_CARD_SECRET)) {
            EventStore eventStore = service.getBean(EventStore.class);
            assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
            assertThat(service.getBean(JdbcEventStorageEngine.class)).isNotNull();
            // issues 17 and 20 in the production topology: their processes run in this service, not only in the
            // one-JVM default
            assertThat(service.getBean(EventProcessingConfiguration.class).eventProcessors().keySet())
                    .contains("account-notices", "transfers", "dispute-refunds", "dispute-notices",
                            "school-year-imports");

            String port = service.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            // issue 15, 3: every production service is scraped by Prometheus (on its management port)
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        }
    }
}
