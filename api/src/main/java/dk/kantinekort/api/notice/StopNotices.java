package dk.kantinekort.api.notice;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The acting citizen wants no more notices about the account; nothing happens when they had none. */
public record StopNotices(String accountId) implements AccountScoped {

    @TargetAggregateIdentifier
    public String noticesId() {
        return NoticesId.of(accountId);
    }
}
