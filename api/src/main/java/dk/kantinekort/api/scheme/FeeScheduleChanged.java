package dk.kantinekort.api.scheme;

import dk.kantinekort.api.account.DepositMethod;
import org.axonframework.serialization.Revision;

/** From now on payments by this method pay this fee on top. */
@Revision("1")
public record FeeScheduleChanged(String schemeId, DepositMethod method, long fixedOre, int basisPoints) {
}
