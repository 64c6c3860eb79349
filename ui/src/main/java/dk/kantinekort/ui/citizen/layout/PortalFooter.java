package dk.kantinekort.ui.citizen.layout;

import dk.kantinekort.ui.shell.LanguageChoice;
import dk.kantinekort.ui.shell.RouteLinks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import dk.kantinekort.ui.shell.Routes;

/** Help, terms and the accessibility statement, on every page and open to everyone. */
class PortalFooter extends Composite<Footer> {

    PortalFooter() {
        Footer footer = getContent();
        footer.addClassName("portal-footer");
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("shell.footer.label"));
        UnorderedList links = new UnorderedList(
                item(Routes.HELP, "shell.footer.help", "footer-help"),
                item(Routes.TERMS, "shell.footer.terms", "footer-terms"),
                item(Routes.ACCESSIBILITY, "shell.footer.accessibility", "footer-accessibility"));
        nav.add(links);
        footer.add(nav, languageChoice());
    }

    /** "English" on Danish pages, "Dansk" on English ones, each named in its own language. */
    private Button languageChoice() {
        Locale other = LanguageChoice.other(getLocale());
        Button choice = new Button(getTranslation(other, "shell.footer.language"),
                click -> LanguageChoice.choose(UI.getCurrent(), other));
        choice.setId("language-choice");
        choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        choice.getElement().setAttribute("lang", other.getLanguage());
        return choice;
    }

    private ListItem item(String route, String textKey, String id) {
        var link = RouteLinks.to(route, getTranslation(textKey));
        link.setId(id);
        return new ListItem(link);
    }
}
