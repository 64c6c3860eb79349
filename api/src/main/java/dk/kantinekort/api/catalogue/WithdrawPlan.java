package dk.kantinekort.api.catalogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff close a plan for new enrolments; existing enrolments run until they are ended. */
public record WithdrawPlan(@TargetAggregateIdentifier String planId) {
}
