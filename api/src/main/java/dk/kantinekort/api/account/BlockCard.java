package dk.kantinekort.api.account;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Block the card (a lost card, F10): the till refuses its number from the very next request, while the account
 * and its money stay usable (deposits, webshop, a temporary card). The whole account is blocked with
 * {@link BlockAccount} (decision record 21).
 */
public record BlockCard(@TargetAggregateIdentifier String accountId, String reason) implements AccountScoped {
}
