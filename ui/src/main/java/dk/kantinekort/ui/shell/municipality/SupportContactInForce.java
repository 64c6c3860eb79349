package dk.kantinekort.ui.shell.municipality;

import dk.kantinekort.api.scheme.FindSupportContact;
import dk.kantinekort.api.scheme.SupportContact;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The support contact citizens see (Hjælp, the receipt page): the one staff set in the back office
 * ({@code FindSupportContact}), or the settings file's until they do, or while the ledger cannot be asked. The
 * remote-support link always comes from the file.
 */
@Component
public class SupportContactInForce {

    private static final Logger log = LoggerFactory.getLogger(SupportContactInForce.class);
    private static final long TIMEOUT_SECONDS = 2;

    private final MunicipalitySettings settings;
    private final Supplier<Optional<SupportContact>> changed;

    @Autowired
    SupportContactInForce(MunicipalitySettings settings, QueryGateway queries) {
        this(settings, () -> ask(queries));
    }

    public SupportContactInForce(MunicipalitySettings settings, Supplier<Optional<SupportContact>> changed) {
        this.settings = settings;
        this.changed = changed;
    }

    /** Only the settings file's contact, for pages shown without the ledger (and their tests). */
    public static SupportContactInForce fromFile(MunicipalitySettings settings) {
        return new SupportContactInForce(settings, Optional::empty);
    }

    public MunicipalitySettings.Support current() {
        MunicipalitySettings.Support file = settings.support();
        return changed.get().map(contact -> new MunicipalitySettings.Support(contact.phone(), contact.email(),
                contact.hours(), file.remoteSupportUrl(), file.remoteSupportText())).orElse(file);
    }

    private static Optional<SupportContact> ask(QueryGateway queries) {
        try {
            return Optional.ofNullable(queries.query(new FindSupportContact(),
                    ResponseTypes.instanceOf(SupportContact.class)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.warn("The support contact staff set could not be read; the settings file's is shown: {}",
                    e.toString());
            return Optional.empty();
        }
    }
}
