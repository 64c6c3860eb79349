package dk.kantinekort.ui.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The portal speaks Danish whatever the browser asks for (F19: Danish by default), or the language the citizen
 * chose in the footer for this session ({@link LanguageChoice}).
 */
@Component
class DanishByDefault implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(LanguageChoice.of(init.getUI().getSession())));
    }
}
