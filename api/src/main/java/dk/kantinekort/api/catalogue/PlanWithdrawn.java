package dk.kantinekort.api.catalogue;

import org.axonframework.serialization.Revision;

/** A plan takes no new enrolments. */
@Revision("1")
public record PlanWithdrawn(String planId) {
}
