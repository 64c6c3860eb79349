package dk.kantinekort.api.webshop;

import dk.kantinekort.api.access.AccountScoped;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Annuller single lines; refused if a line's delivery date has come (Europe/Copenhagen). */
public record CancelOrderLines(String accountId, @TargetAggregateIdentifier String orderId, List<String> lineIds)
        implements AccountScoped {
}
