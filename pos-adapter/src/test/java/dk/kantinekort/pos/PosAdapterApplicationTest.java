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

    @Test
    void outsideTheEmbeddedDemoTheDemoTokensAndTheDemoDataAreRefusedByName() {
        assertThatThrownBy(() -> PosAdapterApplication.application().run("--server.port=0",
                "--canteen.admin.token=demo-admin", "--canteen.audit.token=demo-auditor",
                "--canteen.demo-data.enabled=true"))
                .hasMessageContaining("canteen.admin.token (environment CANTEEN_ADMIN_TOKEN) holds the embedded demo's value")
                .hasMessageContaining("canteen.audit.token (environment CANTEEN_AUDIT_TOKEN) holds the embedded demo's value")
                .hasMessageContaining("canteen.demo-data.enabled=true seeds the demo tills")
                .hasMessageNotContaining("axon.axonserver");
    }
}
