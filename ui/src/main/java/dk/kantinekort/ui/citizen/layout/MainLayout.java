package dk.kantinekort.ui.citizen.layout;

import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.PageFrame;
import dk.kantinekort.ui.shell.ReadModelNotice;
import dk.kantinekort.ui.shell.RebuildBanner;
import dk.kantinekort.ui.shell.RouteLinks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import dk.kantinekort.ui.shell.Routes;

/**
 * The portal's frame on every page: a header with the scheme's name, who is logged in, "Vælg konto" and the
 * guide's menu; the page itself in {@code <main>}; a footer with help, terms and the accessibility statement.
 * Visitors nobody has logged in as see only what is public.
 */
@StyleSheet("context://styles/shell.css")
public class MainLayout extends PageFrame implements AfterNavigationObserver {

    static final String MAIN_ID = "main-content";
    private static final Logger log = LoggerFactory.getLogger(MainLayout.class);

    private final CurrentCitizen currentCitizen;
    private final AccountSelection selection;
    private final PersonName personName;

    private final PortalNavigation navigation;
    private final AccountSwitcher switcher;
    private final Span loggedInAs = new Span();
    private final Button logout = new Button();
    private final Anchor login = RouteLinks.to(Routes.LOGIN, getTranslation("shell.login"));
    private final RebuildBanner rebuildBanner;

    MainLayout(Branding branding, PortalMenu menu, CurrentCitizen currentCitizen, AccountSelection selection,
               PersonName personName, ObjectProvider<AuthenticationContext> authentication,
               ReadModelNotice readModels) {
        super(authentication); // optional: security is configured elsewhere, and views are tested without it
        this.currentCitizen = currentCitizen;
        this.selection = selection;
        this.personName = personName;
        this.navigation = new PortalNavigation(menu.items());
        this.switcher = new AccountSwitcher(selection);
        this.rebuildBanner = new RebuildBanner(readModels);
        addClassName("portal");

        main.setId(MAIN_ID);
        main.addClassName("portal-main");
        main.getElement().setAttribute("tabindex", "-1"); // the skip link moves focus here
        add(header(branding), main, new PortalFooter());
    }

    private Header header(Branding branding) {
        Button skip = new Button(getTranslation("shell.skip-to-content"),
                click -> main.getElement().executeJs("this.focus()"));
        skip.setId("skip-to-content");
        skip.addClassName("portal-skip-link");

        H1 brand = new H1(RouteLinks.to(Routes.MY_ACCOUNTS, branding.name()));
        brand.setId("brand");
        brand.addClassName("portal-brand");

        loggedInAs.setId("logged-in-as");
        loggedInAs.addClassName("portal-user__name");
        logout.setText(getTranslation("shell.logout"));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> logOut());
        login.setId("login-link");
        // the login page is plain HTML (LoginPage): the browser loads it, Vaadin's router does not
        login.getElement().removeAttribute("router-link");
        login.getElement().setAttribute("router-ignore", true);
        Div user = new Div(loggedInAs, logout, login);
        user.addClassName("portal-user");

        Div top = new Div(brand, user);
        top.addClassName("portal-header__top");
        switcher.addClassName("portal-switcher");
        Div bottom = new Div(switcher, navigation);
        bottom.addClassName("portal-header__menu");

        // last in the header: read before the page, and the page still follows the header directly
        Header header = new Header(skip, top, bottom, rebuildBanner);
        header.addClassName("portal-header");
        return header;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // asked afresh on every page: links approved or withdrawn since show up at once
        Optional<String> citizenId = currentCitizen.citizenId();
        boolean loggedIn = citizenId.isPresent();
        List<AccountSummary> accounts = List.of();
        Optional<AccountSummary> selected = Optional.empty();
        if (loggedIn) {
            try {
                accounts = selection.accessibleAccounts();
                selected = selection.selectedAmong(accounts);
            } catch (IllegalStateException e) {
                // the header must not take the page down with it: without the list there is just no switcher
                log.warn("Accounts for the switcher unavailable: {}", e.toString());
                accounts = List.of();
            }
        }
        switcher.setVisible(!accounts.isEmpty());
        if (switcher.isVisible()) {
            switcher.show(accounts, selected);
        }
        navigation.showFor(loggedIn);
        rebuildBanner.update();
        navigation.markCurrent(event.getLocation().getFirstSegment());

        List<AccountSummary> listed = accounts;
        // a person registered a moment ago may not have reached the read side yet: then the broker's name
        Optional<String> name = citizenId.flatMap(id -> personName.of(id, listed)
                .or(currentCitizen::nameFromLogin));
        loggedInAs.setText(name.map(n -> getTranslation("shell.logged-in-as", n)).orElse(""));
        loggedInAs.setVisible(name.isPresent());
        boolean identified = currentCitizen.subject().isPresent() || loggedIn;
        logout.setVisible(identified);
        login.setVisible(!identified && !Routes.LOGIN.equals(event.getLocation().getFirstSegment()));
    }
}
