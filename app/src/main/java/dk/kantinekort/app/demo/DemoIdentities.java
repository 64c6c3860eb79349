package dk.kantinekort.app.demo;

import java.util.List;
import java.util.Optional;

/**
 * The login identities of the demo MitID: user name, password {@value #PASSWORD}, and the stable subject the
 * provider puts into its tokens. Defined once here so the provider issues the subjects that {@link DemoData}
 * links to the demo citizens. Not personal data: fictional people.
 */
public final class DemoIdentities {

    /** The password of every demo identity. */
    public static final String PASSWORD = "demo";

    /** Linked to Christian Harms (the guide's demo citizen). */
    public static final DemoIdentity CHRISTIAN = new DemoIdentity("christian", "e237aa4b-32b0-4479-981d-9cf5758dfb49",
            "Christian Harms", "christian.harms@example.dk");
    /** Linked to Anna Jensen: her own account, no relation to the Harms accounts. */
    public static final DemoIdentity ANNA = new DemoIdentity("anna", "1f2f76ca-8be6-4ff9-8464-60f449c089c0",
            "Anna Jensen", "anna.jensen@example.dk");
    /** Never linked: the first login asks for a CPR number. */
    public static final DemoIdentity NY = new DemoIdentity("ny", "7b893b75-3228-4707-9295-1c8293a76364",
            "Ny Borger", "ny.borger@example.dk");

    private static final List<DemoIdentity> ALL = List.of(CHRISTIAN, ANNA, NY);

    private DemoIdentities() {
    }

    /** Every demo identity. */
    public static List<DemoIdentity> all() {
        return ALL;
    }

    /** The identity with this user name, if there is one. */
    public static Optional<DemoIdentity> byUsername(String username) {
        return ALL.stream().filter(identity -> identity.username().equals(username)).findFirst();
    }

    /** One demo identity: what is typed on the login page, and the claims the provider issues. */
    public record DemoIdentity(String username, String subject, String name, String email) {
    }
}
