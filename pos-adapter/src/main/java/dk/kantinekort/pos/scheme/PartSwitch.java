package dk.kantinekort.pos.scheme;

import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.pos.problem.PosProblem;
import org.springframework.stereotype.Component;

/**
 * The one way an API route of a switchable part of the scheme refuses while its part is off: 404
 * {@code PART_SWITCHED_OFF} as problem+json, before the request reaches the ledger. Controllers call
 * {@link #require(SchemePart)} first thing in a handler.
 */
@Component
public class PartSwitch {

    private final SchemeParts parts;

    PartSwitch(SchemeParts parts) {
        this.parts = parts;
    }

    /** Throws 404 {@code PART_SWITCHED_OFF} when the municipality has switched the part off. */
    public void require(SchemePart part) {
        if (!parts.isOn(part)) {
            throw PosProblem.switchedOff(part);
        }
    }
}
