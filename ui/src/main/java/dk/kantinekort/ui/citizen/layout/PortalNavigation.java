package dk.kantinekort.ui.citizen.layout;

import dk.kantinekort.ui.shell.RouteLinks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The guide's menu as a list of links. On small screens the items after the first few move into "Flere"
 * (CSS decides which copy is displayed, so there is no script and nothing to keep in step).
 */
class PortalNavigation extends Composite<Nav> {

    /** How many items stay in the bar on a small screen. */
    static final int ALWAYS_VISIBLE = 3;

    private final Map<MenuItem, List<Anchor>> links = new EnumMap<>(MenuItem.class);
    private final List<MenuItem> items;
    private final List<ListItem> secondaryInBar = new ArrayList<>();
    private final Details more = new Details();

    PortalNavigation(List<MenuItem> items) {
        this.items = List.copyOf(items);
        Nav nav = getContent();
        nav.setId("main-menu");
        nav.addClassName("portal-menu");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.menu.label"));

        UnorderedList bar = new UnorderedList();
        bar.addClassName("portal-menu__bar");
        UnorderedList overflow = new UnorderedList();
        overflow.addClassName("portal-menu__overflow");
        for (int i = 0; i < this.items.size(); i++) {
            MenuItem item = this.items.get(i);
            boolean secondary = i >= ALWAYS_VISIBLE;
            ListItem inBar = new ListItem(link(item));
            if (secondary) {
                secondaryInBar.add(inBar);
                overflow.add(new ListItem(link(item)));
            }
            bar.add(inBar);
        }
        nav.add(bar);
        if (overflow.getChildren().findAny().isPresent()) {
            more.setSummaryText(getTranslation("shell.menu.more"));
            more.addClassName("portal-menu__more");
            more.add(overflow);
            nav.add(more);
        }
    }

    /** Shows only the items a visitor may open: everything once logged in, the public ones otherwise. */
    void showFor(boolean loggedIn) {
        links.forEach((item, copies) -> copies.forEach(link ->
                link.getParent().ifPresent(li -> li.setVisible(loggedIn || item.isPublic()))));
        // a visitor sees a public item or two: they fit in the bar, "Flere" would only hide them
        secondaryInBar.forEach(li -> li.setClassName("portal-menu__secondary", loggedIn));
        more.setVisible(loggedIn);
    }

    /** Marks the item of the page being shown ({@code aria-current}), by the first segment of its path. */
    void markCurrent(String firstSegment) {
        more.setOpened(false);
        links.forEach((item, copies) -> copies.forEach(link -> {
            boolean current = item.route().equals(firstSegment);
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
            link.setClassName("portal-menu__current", current);
        }));
    }

    private Anchor link(MenuItem item) {
        Anchor link = RouteLinks.to(item.route(), getTranslation("shell.menu." + item.key()));
        link.setId("menu-" + item.key() + (links.containsKey(item) ? "-more" : ""));
        links.computeIfAbsent(item, k -> new ArrayList<>()).add(link);
        return link;
    }
}
