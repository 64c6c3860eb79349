package dk.kantinekort.ui.citizen.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * Which menu items the portal shows ({@code canteen.portal.menu}, a list of item keys). Items of features a
 * municipality has not switched on, or that are not built yet, stay hidden; so does the "Indbetal" action.
 */
@Component
public class PortalMenu {

    /** What a portal without payments, subscriptions and webshop offers. */
    static final List<String> DEFAULT = List.of("konti", "brugeroplysninger", "kontoudskrift", "hjaelp");

    private final Set<MenuItem> enabled;

    @Autowired // the other constructor is for of(…)
    PortalMenu(ConfigurableEnvironment environment) {
        // Binder, not @Value: takes both "a,b,c" and a YAML list
        this.enabled = parse(Binder.get(environment).bind("canteen.portal.menu", Bindable.listOf(String.class))
                .orElse(DEFAULT));
    }

    private PortalMenu(Set<MenuItem> enabled) {
        this.enabled = enabled;
    }

    /** A menu of these item keys, e.g. for tests; unknown keys are ignored. */
    public static PortalMenu of(String... keys) {
        return new PortalMenu(parse(List.of(keys)));
    }

    private static Set<MenuItem> parse(List<String> keys) {
        Set<String> wanted = keys.stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return Arrays.stream(MenuItem.values()).filter(item -> wanted.contains(item.key()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The enabled items in the guide's order. */
    public List<MenuItem> items() {
        return Arrays.stream(MenuItem.values()).filter(enabled::contains).toList();
    }

    public boolean isEnabled(MenuItem item) {
        return enabled.contains(item);
    }
}
