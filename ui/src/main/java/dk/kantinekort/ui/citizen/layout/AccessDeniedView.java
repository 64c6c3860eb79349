package dk.kantinekort.ui.citizen.layout;

import dk.kantinekort.ui.shell.RouteLinks;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import dk.kantinekort.ui.shell.Routes;

/**
 * What a logged-in person sees on a page their login does not open (a citizen on a back-office page): a plain
 * refusal with the way back, and 403. It does not say what the page would have shown.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        setId("access-denied");
        H2 title = new H2(getTranslation("shell.access-denied.title"));
        title.setId("access-denied-title");
        Paragraph text = new Paragraph(getTranslation("shell.access-denied.text"));
        text.setId("access-denied-text");
        add(title, text, new Paragraph(RouteLinks.to(Routes.MY_ACCOUNTS, getTranslation("shell.access-denied.back"))));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
