package dk.kantinekort.api.notice;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.money.Money;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The acting citizen (the command's actor) chooses the notices they get about a card account they may act on:
 * which kinds, the amount a low balance is under (only with {@link NoticeKind#LOW_BALANCE}), one mail each or a
 * daily digest, and the address (sealed with the citizen's key before it is recorded). Choosing again replaces the
 * choice.
 */
public record ChooseNotices(String accountId, Set<NoticeKind> kinds, Money lowBalanceBelow, NoticeDelivery delivery,
                            String email) implements AccountScoped {

    /** The account's notice settings are an aggregate of their own, next to the account. */
    @TargetAggregateIdentifier
    public String noticesId() {
        return NoticesId.of(accountId);
    }
}
