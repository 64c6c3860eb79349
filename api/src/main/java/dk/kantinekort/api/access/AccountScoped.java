package dk.kantinekort.api.access;

/**
 * A command that acts on one card account. Sent from the portal, the command side lets it through only when
 * the acting citizen owns the account or holds an approved link to its owner.
 */
public interface AccountScoped {
    String accountId();
}
