package dk.kantinekort.api.account;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Block the whole card account (staff, the admin API, erasure): no purchase with any card or temporary card, no
 * deposit, no webshop or top-up charge (F10, decision record 21). A lost card is blocked with {@link BlockCard}.
 */
public record BlockAccount(@TargetAggregateIdentifier String accountId, String reason) implements AccountScoped {
}
