package dk.kantinekort.ui.backoffice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** What every back-office page has: a heading, a status line for what just happened, its title. */
abstract class StaffPage extends Div implements HasDynamicTitle {

    private final String titleKey;
    protected final Paragraph message = new Paragraph();

    StaffPage(String id, String titleKey) {
        this.titleKey = titleKey;
        setId(id);
        message.setId(id + "-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        add(new H2(getTranslation(titleKey)), message);
    }

    /** Says what became of an action, green when it was done. */
    protected void show(Outcome outcome) {
        message.setText(getTranslation(outcome.messageKey()));
        message.setClassName(LumoUtility.TextColor.SUCCESS, outcome.done());
        message.setClassName(LumoUtility.TextColor.ERROR, !outcome.done());
        message.setVisible(true);
    }

    protected void showUnavailable() {
        show(Outcome.refused("backoffice.unavailable"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("backoffice.title");
    }
}
