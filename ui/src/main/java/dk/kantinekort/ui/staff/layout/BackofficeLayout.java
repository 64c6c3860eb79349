package dk.kantinekort.ui.staff.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.kantinekort.ui.security.CurrentStaff;
import dk.kantinekort.ui.shell.PageFrame;
import dk.kantinekort.ui.shell.ReadModelNotice;
import dk.kantinekort.ui.shell.RebuildBanner;
import java.util.EnumMap;
import java.util.Map;
import dk.kantinekort.api.scheme.SchemeParts;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The staff's frame (F16, F17): "Kantinekort – administration", the staff member's name, the pages their roles
 * open and "Log ud". Nothing of the citizens' portal (no account chooser, no citizen menu).
 */
@StyleSheet("context://styles/shell.css")
public class BackofficeLayout extends PageFrame implements AfterNavigationObserver {

    private final CurrentStaff currentStaff;
    private final Span who = new Span();
    private final Map<StaffMenuItem, Anchor> links = new EnumMap<>(StaffMenuItem.class);
    private final RebuildBanner rebuildBanner;
    private final SchemeParts parts;

    BackofficeLayout(CurrentStaff currentStaff, ObjectProvider<AuthenticationContext> authentication,
                     ReadModelNotice readModels, ObjectProvider<SchemeParts> parts) {
        super(authentication);
        this.currentStaff = currentStaff;
        this.parts = parts.getIfAvailable(SchemeParts::allOn);
        this.rebuildBanner = new RebuildBanner(readModels);
        addClassName("portal");
        addClassName("backoffice");

        H1 title = new H1(getTranslation("backoffice.title"));
        title.setId("backoffice-title");
        title.addClassName("portal-brand");
        who.setId("backoffice-user");
        who.addClassName("portal-user__name");
        Button logout = new Button(getTranslation("shell.logout"), click -> logOut());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div user = new Div(who, logout);
        user.addClassName("portal-user");
        Div top = new Div(title, user);
        top.addClassName("portal-header__top");

        UnorderedList bar = new UnorderedList();
        bar.addClassName("portal-menu__bar");
        for (StaffMenuItem item : StaffMenuItem.values()) {
            Anchor link = new Anchor(item.route(), getTranslation("backoffice.menu." + item.key()));
            link.getElement().setAttribute("router-link", true);
            link.setId("staff-menu-" + item.key());
            links.put(item, link);
            bar.add(new ListItem(link));
        }
        Nav nav = new Nav(bar);
        nav.setId("staff-menu");
        nav.addClassName("portal-menu");
        nav.getElement().setAttribute("aria-label", getTranslation("backoffice.menu.label"));
        Div bottom = new Div(nav);
        bottom.addClassName("portal-header__menu");

        Header header = new Header(top, bottom, rebuildBanner);
        header.addClassName("portal-header");
        main.setId("main-content");
        main.addClassName("portal-main");
        add(header, main);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        links.forEach((item, link) -> {
            link.getParent().ifPresent(li -> li.setVisible(currentStaff.hasRole(item.role())
                    && item.shownWith(parts)));
            boolean current = path.equals(item.route());
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
            link.setClassName("portal-menu__current", current);
        });
        rebuildBanner.update();
        who.setText(currentStaff.username().map(name -> getTranslation("backoffice.logged-in-as", name)).orElse(""));
    }
}
