package dk.kantinekort.api.access;

/**
 * A command that acts on one person's data. Sent from the portal, the command side lets it through only when
 * the acting citizen is that person or holds an approved link to them.
 */
public interface CitizenScoped {
    String citizenId();
}
