package dk.kantinekort.api.notice;

import dk.kantinekort.api.money.Money;
import java.util.Set;

/** What Notifikationer shows of a citizen's choice for an account, the address opened. */
public record NoticeChoice(String accountId, String citizenId, Set<NoticeKind> kinds, Money lowBalanceBelow,
                           NoticeDelivery delivery, String email) {
}
