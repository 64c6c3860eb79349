package dk.kantinekort.api.notice;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * A citizen chose the notices they get about a card account; replaces their earlier choice. {@code address} is
 * sealed with the chosen citizen's key (forgetting them forgets it); {@code lowBalanceBelow} is null without
 * {@link NoticeKind#LOW_BALANCE}.
 */
@Revision("1")
public record NoticesChosen(String accountId, String citizenId, Set<NoticeKind> kinds, Money lowBalanceBelow,
                            NoticeDelivery delivery, SealedData address) {
}
