package dk.kantinekort.api.statement;

import java.time.Instant;

/** Statement rows of an account between two instants (from inclusive, to exclusive). */
public record FindStatement(String accountId, Instant from, Instant to) {
}
