package dk.kantinekort.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The launcher settles the portal's port and public address before any context starts: a free port when
 * {@code canteen.portal.port=0}, and, unless {@code canteen.portal.public-url} is given, the address
 * {@code http://127.0.0.1:<port>} the embedded default is reached on. The command side gives it to the payment
 * provider (return links, webhook address), so it comes from configuration, never from a request's Host header.
 */
final class EmbeddedPortalAddress implements ApplicationListener<ApplicationEvent> {

    static final String PORT = "canteen.portal.port";
    static final String PUBLIC_URL = "canteen.portal.public-url";

    private Map<String, Object> properties;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared && properties == null) {
            settle(prepared.getEnvironment());
        }
    }

    private void settle(ConfigurableEnvironment environment) {
        int port = freeIfZero(environment.getProperty(PORT, Integer.class, 8080));
        String configured = environment.getProperty(PUBLIC_URL, "").strip();
        Map<String, Object> settled = new HashMap<>();
        settled.put(PORT, port);
        settled.put(PUBLIC_URL, configured.isEmpty() ? "http://" + EmbeddedLogin.PORTAL_HOST + ":" + port : configured);
        properties = Map.copyOf(settled);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPortalAddress", properties));
    }

    /** The settled port and public address, for the portal child (whose own portal.yml must not win). */
    Map<String, Object> properties() {
        return properties == null ? Map.of() : properties;
    }

    private static int freeIfZero(int port) {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the portal", e);
        }
    }
}
