package dk.kantinekort.ui.citizen.layout;

/** The guide's menu, in its order; each item names its route and whether it opens without a login. */
public enum MenuItem {
    KONTI("konti", "", false),
    INDBETALING("indbetaling", "indbetaling", false),
    ABONNEMENTER("abonnementer", "abonnementer", false),
    WEBSHOP("webshop", "webshop", false),
    BRUGEROPLYSNINGER("brugeroplysninger", "brugeroplysninger", false),
    KONTOUDSKRIFT("kontoudskrift", "kontoudskrift", false),
    HJAELP("hjaelp", "hjaelp", true);

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
