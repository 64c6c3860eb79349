package dk.kantinekort.ui.shell;

import dk.kantinekort.api.scheme.FindBrandingName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The municipality's name for its card scheme, shown in the header and the page titles: the one staff set in the
 * back office ({@code FindBrandingName}), or {@code canteen.branding.name} until they do or while the ledger cannot
 * be asked. Asked at most every 30 seconds, so pages do not query on every request.
 */
@Component
public class Branding {

    private static final Logger log = LoggerFactory.getLogger(Branding.class);
    static final Duration FRESH = Duration.ofSeconds(30);
    private static final long TIMEOUT_SECONDS = 2;

    private final String configured;
    private final Supplier<Optional<String>> changed;
    private final Clock clock;
    private volatile Known known;

    private record Known(String name, Instant at) {
    }

    /** Only the configured name, for pages shown without the ledger (and their tests). */
    public Branding(String name) {
        this(name, Optional::empty, Clock.systemUTC());
    }

    @Autowired
    Branding(@Value("${canteen.branding.name:GladsaxeKortet}") String name, ObjectProvider<QueryGateway> queries) {
        this(name, () -> ask(queries.getIfAvailable()), Clock.systemUTC());
    }

    Branding(String name, Supplier<Optional<String>> changed, Clock clock) {
        this.configured = name;
        this.changed = changed;
        this.clock = clock;
    }

    public String name() {
        Known current = known;
        Instant now = clock.instant();
        if (current == null || current.at().plus(FRESH).isBefore(now)) {
            current = new Known(changed.get().filter(n -> !n.isBlank()).orElse(configured), now);
            known = current;
        }
        return current.name();
    }

    /** Forgets the name asked last, so a change staff just made shows on the next page. */
    public void refresh() {
        known = null;
    }

    private static Optional<String> ask(QueryGateway queries) {
        if (queries == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(queries.query(new FindBrandingName(), ResponseTypes.instanceOf(String.class))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.warn("The scheme's name staff set could not be read; the configured one is shown: {}", e.toString());
            return Optional.empty();
        }
    }
}
