package dk.kantinekort.api.schoolyear;

import java.time.LocalDate;

/**
 * Closes a leaver's account on {@code closesOn} (Copenhagen date; today or earlier closes at once, a later date is
 * scheduled). The balance left then goes to {@code destination}; with SIBLING to {@code siblingAccountId}, or, when
 * that is null, to the one account of the responsible person's other child. {@code closureId} makes it idempotent.
 */
public record CloseLeaverAccount(String accountId, String closureId, LocalDate closesOn,
                                 BalanceDestination destination, String siblingAccountId) {
}
