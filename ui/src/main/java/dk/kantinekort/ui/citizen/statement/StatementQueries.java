package dk.kantinekort.ui.citizen.statement;

import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Asks the query side for a statement; empty-handed rather than failing the page when it does not answer. */
@Component
class StatementQueries {

    private static final long TIMEOUT_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(StatementQueries.class);

    private final QueryGateway queryGateway;

    StatementQueries(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /**
     * The statement, or empty when the query side failed. Callers check beforehand that the citizen may see
     * the account ({@link dk.kantinekort.ui.citizen.session.AccountSelection#accessible(String)}).
     */
    Optional<Statement> find(FindStatement query) {
        try {
            return Optional.ofNullable(queryGateway.query(query, ResponseTypes.instanceOf(Statement.class))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // the account id is an opaque key, not personal data
            log.warn("Statement of account {} unavailable: {}", query.accountId(), e.toString());
            return Optional.empty();
        }
    }
}
