package dk.kantinekort.api.catalogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks a plan for its current terms; refused when the plan takes no enrolments. Answers a {@link PlanView}. */
public record QuotePlan(@TargetAggregateIdentifier String planId) {
}
