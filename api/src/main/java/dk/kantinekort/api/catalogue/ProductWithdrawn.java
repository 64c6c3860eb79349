package dk.kantinekort.api.catalogue;

import org.axonframework.serialization.Revision;

/** A product can no longer be ordered. */
@Revision("1")
public record ProductWithdrawn(String productId) {
}
