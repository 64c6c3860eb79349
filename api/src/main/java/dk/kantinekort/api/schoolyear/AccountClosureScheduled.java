package dk.kantinekort.api.schoolyear;

import java.time.LocalDate;

/** The account will be closed on {@code closesOn}, its balance going to {@code destination}. */
public record AccountClosureScheduled(String accountId, String closureId, LocalDate closesOn,
                                      BalanceDestination destination, String siblingAccountId) {
}
