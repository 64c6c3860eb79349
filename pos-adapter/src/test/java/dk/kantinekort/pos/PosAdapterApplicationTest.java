package dk.kantinekort.pos;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The till API as its own service stops at once, naming the settings, where it cannot run. */
class PosAdapterApplicationTest {

    @Test
    void withoutAxonServerAndAnAdminTokenItStopsAtOnceNamingBoth() {
        assertThatThrownBy(() -> PosAdapterApplication.application()
                .run("--server.port=0", "--axon.axonserver.enabled=false"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pos-adapter cannot start, missing settings")
                .hasMessageContaining("axon.axonserver.enabled=true (environment AXON_AXONSERVER_ENABLED")
                .hasMessageContaining("canteen.admin.token (environment CANTEEN_ADMIN_TOKEN)");
    }
}
