package dk.kantinekort.api.subscription;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Frameld: no period after this one is charged. */
public record Unenrol(String accountId, @TargetAggregateIdentifier String enrolmentId) implements AccountScoped {
}
