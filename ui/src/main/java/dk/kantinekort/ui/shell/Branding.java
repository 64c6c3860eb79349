package dk.kantinekort.ui.shell;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The municipality's name for its card scheme, shown in the header and the page titles. */
@Component
public class Branding {

    private final String name;

    public Branding(@Value("${canteen.branding.name:GladsaxeKortet}") String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
