package dk.kantinekort.ui.citizen.layout;

import dk.kantinekort.ui.shell.Routes;

/** The guide's menu, in its order; each item names its route and whether it opens without a login. */
public enum MenuItem {
    ACCOUNTS("konti", Routes.MY_ACCOUNTS, false),
    PAYMENTS("indbetaling", Routes.PAYMENTS, false),
    SUBSCRIPTIONS("abonnementer", Routes.SUBSCRIPTIONS, false),
    WEBSHOP("webshop", Routes.WEBSHOP, false),
    PROFILE("brugeroplysninger", Routes.PROFILE, false),
    STATEMENT("kontoudskrift", Routes.STATEMENT, false),
    HELP("hjaelp", Routes.HELP, true);

    private final String key;
    private final String route;
    private final boolean isPublic;

    MenuItem(String key, String route, boolean isPublic) {
        this.key = key;
        this.route = route;
        this.isPublic = isPublic;
    }

    /** The name in {@code canteen.portal.menu} and in the bundle key {@code shell.menu.<key>}. */
    public String key() {
        return key;
    }

    public String route() {
        return route;
    }

    /** Shown to visitors nobody has logged in as (help, terms). */
    public boolean isPublic() {
        return isPublic;
    }
}
