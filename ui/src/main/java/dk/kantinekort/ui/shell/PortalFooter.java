package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;

/** Help, terms and the accessibility statement, on every page and open to everyone. */
class PortalFooter extends Composite<Footer> {

    PortalFooter() {
        Footer footer = getContent();
        footer.addClassName("portal-footer");
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("shell.footer.label"));
        UnorderedList links = new UnorderedList(
                item("hjaelp", "shell.footer.help", "footer-help"),
                item("betingelser", "shell.footer.terms", "footer-terms"),
                item("tilgaengelighed", "shell.footer.accessibility", "footer-accessibility"));
        nav.add(links);
        footer.add(nav);
    }

    private ListItem item(String route, String textKey, String id) {
        var link = RouteLinks.to(route, getTranslation(textKey));
        link.setId(id);
        return new ListItem(link);
    }
}
