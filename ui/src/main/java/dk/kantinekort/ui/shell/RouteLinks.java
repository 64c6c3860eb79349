package dk.kantinekort.ui.shell;

import com.vaadin.flow.component.html.Anchor;

/** Links to routes by path, so the shell can link to pages other modules of work build. */
public final class RouteLinks {

    private RouteLinks() {
    }

    /** An in-app link the router follows without reloading the page. */
    public static Anchor to(String route, String text) {
        // relative to the document's <base>, so "." is the start page wherever the portal is deployed
        Anchor link = new Anchor(route.isEmpty() ? "." : route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
