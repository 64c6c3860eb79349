package dk.kantinekort.ui.staff.layout;

import dk.kantinekort.ui.staff.session.Outcome;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** What every back-office page has: a heading, a status line for what just happened, its title. */
public abstract class StaffPage extends Div implements HasDynamicTitle {

    private final String titleKey;
    protected final Paragraph message = new Paragraph();

    protected StaffPage(String id, String titleKey) {
        this.titleKey = titleKey;
        setId(id);
        message.setId(id + "-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        add(new H2(getTranslation(titleKey)), message);
    }

    /** Says what became of an action, green when it was done. */
    protected void show(Outcome outcome) {
        say(getTranslation(outcome.messageKey()), outcome.done());
    }

    /** Shows a text in the status line, green when good news, red otherwise. */
    protected void say(String text, boolean good) {
        message.setText(text);
        message.setClassName(LumoUtility.TextColor.SUCCESS, good);
        message.setClassName(LumoUtility.TextColor.ERROR, !good);
        message.setVisible(true);
    }

    protected void showUnavailable() {
        say(getTranslation("backoffice.unavailable"), false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("backoffice.title");
    }
}
