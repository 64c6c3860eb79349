package dk.kantinekort.embedded.mitid;

import java.util.List;
import java.util.Optional;

/**
 * The login identities of the demo MitID: user name, password {@value #PASSWORD}, the stable subject the
 * provider puts into its tokens, and the CPR number it asserts for each citizen (claim
 * {@value #CPR_CLAIM}, as a public-sector broker does). Defined once here so the provider issues the subjects
 * and CPR numbers that {@link DemoData} links to the demo citizens. Not personal data: fictional people.
 */
public final class DemoIdentities {

    /** The password of every demo identity. */
    public static final String PASSWORD = "demo";
    /** The claim the demo MitID asserts a citizen's CPR number in (the portal's {@code canteen.oidc.cpr-claim}). */
    public static final String CPR_CLAIM = "cprNumberIdentifier";
    /** The scope the portal asks for to be given {@value #CPR_CLAIM} (as Idura / Criipto's MitID does). */
    public static final String CPR_SCOPE = "ssn";

    /** Linked to Christian Harms (the guide's demo citizen), whose CPR number the provider asserts. */
    public static final DemoIdentity CHRISTIAN = new DemoIdentity("christian", "e237aa4b-32b0-4479-981d-9cf5758dfb49",
            "Christian Harms", "christian.harms@example.dk", "2701821234");
    /** Linked to Anna Jensen: her own account, no relation to the Harms accounts. */
    public static final DemoIdentity ANNA = new DemoIdentity("anna", "1f2f76ca-8be6-4ff9-8464-60f449c089c0",
            "Anna Jensen", "anna.jensen@example.dk", "1505901234");
    /**
     * Never linked: the first login asks for a CPR number, and only the one asserted here (nobody in the demo data
     * has it, so ny registers as a new citizen) links.
     */
    public static final DemoIdentity NY = new DemoIdentity("ny", "7b893b75-3228-4707-9295-1c8293a76364",
            "Ny Borger", "ny.borger@example.dk", "0102034567");

    /** Municipal staff with the role ADMIN (the back office); no citizen, never linked. */
    public static final DemoIdentity ADMIN = new DemoIdentity("admin", "5d0c2a8e-6f0b-4c55-9d0e-2b7f3a1c9e41",
            "Administrator (demo)", "admin@example.dk", null, List.of("ADMIN"));
    /** Municipal staff with the role AUDITOR (the audit pages); no citizen, never linked. */
    public static final DemoIdentity REVISOR = new DemoIdentity("revisor", "a8b1f7d2-3e4c-4b6a-8f9d-0c1e2d3f4a5b",
            "Revisor (demo)", "revisor@example.dk", null, List.of("AUDITOR"));

    private static final List<DemoIdentity> ALL = List.of(CHRISTIAN, ANNA, NY, ADMIN, REVISOR);

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

    /**
     * One demo identity: what is typed on the login page, and the claims the provider issues; citizens have a
     * CPR number (ten digits, fictional), staff none but roles (the {@code roles} claim).
     */
    public record DemoIdentity(String username, String subject, String name, String email, String cpr,
                               List<String> roles) {

        public DemoIdentity {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        /** A citizen's identity: a CPR number, no roles. */
        public DemoIdentity(String username, String subject, String name, String email, String cpr) {
            this(username, subject, name, email, cpr, List.of());
        }

        /** The CPR number the provider asserts for the identity, if it asserts one. */
        public Optional<String> assertedCpr() {
            return Optional.ofNullable(cpr);
        }

        @Override
        public String toString() {
            return "DemoIdentity[" + username + "]";
        }

        public boolean isStaff() {
            return !roles.isEmpty();
        }
    }
}
