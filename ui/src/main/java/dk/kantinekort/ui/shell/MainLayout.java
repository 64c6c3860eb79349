package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.ui.security.PortalLogout;

/** The portal's frame: the scheme's name and "Log ud" in the header, the navigation in the drawer. */
public class MainLayout extends AppLayout {

    MainLayout(Branding branding, PortalLogout portalLogout) {
        H1 title = new H1(branding.name());
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        title.setId("brand");
        Button logout = new Button(getTranslation("logout"), VaadinIcon.SIGN_OUT.create(), click -> portalLogout.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Margin.Right.MEDIUM);
        addToNavbar(new DrawerToggle(), title, logout);

        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem(getTranslation("nav.accounts"), "", VaadinIcon.WALLET.create()));
        addToDrawer(navigation);
    }
}
