package dk.kantinekort.command.till;

/** Whether a till credential is already held by some till. */
public interface TillCredentials {

    boolean isCredentialTaken(String tokenHash);
}
