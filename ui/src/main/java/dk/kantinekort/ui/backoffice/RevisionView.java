package dk.kantinekort.ui.backoffice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The auditors' place in the back office (F17). The audit pages come later; until then this points to the
 * audit REST API of the till and admin API ({@code /api/v1/audit/...}).
 */
@Route(value = BackofficeLayout.ROOT + "/revision", layout = BackofficeLayout.class)
@RolesAllowed("AUDITOR")
public class RevisionView extends Div implements HasDynamicTitle {

    RevisionView() {
        setId("revision");
        Paragraph text = new Paragraph(getTranslation("backoffice.revision.placeholder"));
        text.setId("revision-placeholder");
        add(new H2(getTranslation("backoffice.menu.revision")), text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.menu.revision") + " – " + getTranslation("backoffice.title");
    }
}
