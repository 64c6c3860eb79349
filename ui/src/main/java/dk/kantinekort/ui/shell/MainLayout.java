package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The portal's frame: the scheme's name in the header and the navigation in the drawer. */
public class MainLayout extends AppLayout {

    MainLayout(Branding branding) {
        H1 title = new H1(branding.name());
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        title.setId("brand");
        addToNavbar(new DrawerToggle(), title);

        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem(getTranslation("nav.accounts"), "", VaadinIcon.WALLET.create()));
        addToDrawer(navigation);
    }
}
