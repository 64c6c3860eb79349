package dk.kantinekort.ui.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parameter of the link a page was opened with ({@code ?konto=...}); a blank value counts as none. */
public final class LinkParameter {

    private LinkParameter() {
    }

    public static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? Optional.empty()
                : Optional.of(values.get(0));
    }

    public static Optional<String> first(BeforeEnterEvent event, String name) {
        return first(event.getLocation().getQueryParameters().getParameters(), name);
    }
}
