package dk.kantinekort.api.catalogue;

/** The places that offer at least one product or plan, by name. */
public record ListCataloguePlaces() {
}
