package dk.kantinekort.command.access;

/**
 * Whether a citizen may act on a card account (own, or through an active link to its owner), from the command
 * side's consistent look-ups. Used where one command names a second account the portal's guard does not see, e.g.
 * the destination of a transfer.
 */
public interface AccountAccess {

    boolean mayActOn(String citizenId, String accountId);

    /** Whether the account exists at all (its owner is known). */
    boolean exists(String accountId);
}
