package dk.kantinekort.ui.testing;

import dk.kantinekort.ui.security.CurrentCitizen;
import java.util.Optional;

/** Whoever the test says is logged in. */
public class FakeCitizen implements CurrentCitizen {

    private String citizenId;
    private String subject;
    private String nameFromLogin;

    /** A citizen logged in with an identity linked to them. */
    public void logIn(String citizenId) {
        this.citizenId = citizenId;
        this.subject = "subject-of-" + citizenId;
    }

    /** The name the login broker gives for the identity. */
    public void nameFromLogin(String name) {
        this.nameFromLogin = name;
    }

    public void logOut() {
        citizenId = null;
        subject = null;
        nameFromLogin = null;
    }

    @Override
    public Optional<String> nameFromLogin() {
        return Optional.ofNullable(nameFromLogin);
    }

    @Override
    public Optional<String> citizenId() {
        return Optional.ofNullable(citizenId);
    }

    @Override
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }
}
