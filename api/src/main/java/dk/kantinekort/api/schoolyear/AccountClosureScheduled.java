package dk.kantinekort.api.schoolyear;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The account will be closed on {@code closesOn}, its balance going to {@code destination}. */
@Revision("1")
public record AccountClosureScheduled(String accountId, String closureId, LocalDate closesOn,
                                      BalanceDestination destination, String siblingAccountId) {
}
