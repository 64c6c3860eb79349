package dk.kantinekort.embedded.mitid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo MitID's process, as the launcher runs it: up when it answers, gone when stopped. */
class IdentityProviderProcessTest {

    @TempDir
    Path dataDir;

    @Test
    void closingStopsTheProcessAndFreesItsPort() throws Exception {
        int port = freePort();
        IdentityProviderProcess idp = IdentityProviderProcess.start(launch(port));
        ProcessHandle process = ProcessHandle.of(idp.pid()).orElseThrow();
        assertThat(discovery(port)).contains("\"issuer\":\"http://localhost:" + port + "\"");

        idp.close();

        assertThat(process.isAlive()).isFalse();
        assertThat(idp.isAlive()).isFalse();
        assertThat(portIsFree(port)).isTrue();
        assertThat(dataDir.resolve("logs/idp.log")).content().contains("Started DemoIdentityProvider");
    }

    @Test
    void aTakenPortIsReportedByNameBeforeAnyProcessStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> IdentityProviderProcess.start(launch(taken.getLocalPort())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("canteen.idp.port")
                    .hasMessageContaining("in use");
        }
        assertThat(dataDir.resolve("logs/idp.log")).doesNotExist();
    }

    @Test
    void aProviderThatCannotStartIsReportedWithItsLog() {
        // no issuer: the provider's own settings refuse to start
        IdpLaunch broken = new IdpLaunch(freePort(), "not a url", "portal", "secret", dataDir.resolve("logs/idp.log"),
                Duration.ofSeconds(60));
        assertThatThrownBy(() -> IdentityProviderProcess.start(broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ended with exit code")
                .hasMessageContaining("idp.log");
    }

    private IdpLaunch launch(int port) {
        return new IdpLaunch(port, "http://127.0.0.1:1", "portal", "secret", dataDir.resolve("logs/idp.log"),
                Duration.ofSeconds(90));
    }

    private static String discovery(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
