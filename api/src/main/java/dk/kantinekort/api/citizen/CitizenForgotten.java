package dk.kantinekort.api.citizen;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The person was forgotten: their data key and look-up rows are erased in the same transaction, so everything ever
 * sealed for them is unreadable from now on. {@code accountIds}: the person's own card accounts (their cards were
 * blocked and their automatic top-up ended just before, their balances are zero), so every projection drops the
 * clear copies it holds of them. {@code reason} is a code, never free text.
 */
@Revision("1")
public record CitizenForgotten(String citizenId, List<String> accountIds, ForgetReason reason) {
}
