package dk.kantinekort.ui.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The portal speaks Danish whatever the browser asks for (F19: Danish by default, English available); a
 * language choice in the portal will set another locale for the session.
 */
@Component
class DanishByDefault implements VaadinServiceInitListener {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(DANISH));
    }
}
