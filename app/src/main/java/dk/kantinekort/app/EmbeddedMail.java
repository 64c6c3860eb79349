package dk.kantinekort.app;

import dk.kantinekort.embedded.mail.DevMailServer;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The launcher's part of the embedded SMTP server (canteen.smtp.embedded): started before the core context's beans,
 * which then send receipts to it through {@code spring.mail.host/port}.
 */
final class EmbeddedMail implements ApplicationListener<ApplicationEvent> {

    static final String EMBEDDED = "canteen.smtp.embedded";

    private DevMailServer server;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationContextInitializedEvent initialized && server == null) {
            ConfigurableEnvironment environment = initialized.getApplicationContext().getEnvironment();
            if (environment.getProperty(EMBEDDED, Boolean.class, false)) {
                server = DevMailServer.start(environment.getProperty("canteen.smtp.port", Integer.class, 3025));
                environment.getPropertySources().addFirst(new MapPropertySource("embeddedMail", Map.of(
                        "spring.mail.host", "127.0.0.1", "spring.mail.port", server.smtpPort())));
            }
        }
    }

    /** The server, when one was started. */
    DevMailServer server() {
        return server;
    }

    void stop() {
        if (server != null) {
            server.close();
        }
    }
}
