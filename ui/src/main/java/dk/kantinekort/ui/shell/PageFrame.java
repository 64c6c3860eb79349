package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the citizens' and the staff's layouts share: the {@code <main>} the pages are shown in, and "Log ud" (Spring
 * Security's logout, or back to the login page where no security context is configured, as in UI tests).
 */
public abstract class PageFrame extends Div implements RouterLayout {

    protected final Main main = new Main();
    private final ObjectProvider<AuthenticationContext> authentication;

    protected PageFrame(ObjectProvider<AuthenticationContext> authentication) {
        this.authentication = authentication;
    }

    protected void logOut() {
        AuthenticationContext context = authentication.getIfAvailable();
        if (context != null) {
            context.logout();
        } else {
            getUI().ifPresent(ui -> ui.getPage().setLocation(Routes.LOGIN));
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }
}
