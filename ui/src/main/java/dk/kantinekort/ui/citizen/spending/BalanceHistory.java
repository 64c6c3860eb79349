package dk.kantinekort.ui.citizen.spending;

import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads an account's balance over the last {@value #DAYS} Copenhagen days from its statement, for Mine Konti's
 * "Saldo over tid". Callers check beforehand that the citizen may see the account.
 */
@Component
public class BalanceHistory {

    static final int DAYS = 30;
    private static final Logger log = LoggerFactory.getLogger(BalanceHistory.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final QueryGateway queryGateway;
    private final Clock clock;

    BalanceHistory(QueryGateway queryGateway, ObjectProvider<Clock> clock) {
        this.queryGateway = queryGateway;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The balance at the end of each of the last 30 days, today included; empty when the query side failed. */
    public Optional<BalanceOverTime> lastDays(String accountId) {
        LocalDate last = LocalDate.ofInstant(clock.instant(), Spending.ZONE);
        LocalDate first = last.minusDays(DAYS - 1L);
        FindStatement query = new FindStatement(accountId, first.atStartOfDay(Spending.ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(Spending.ZONE).toInstant());
        try {
            Statement statement = queryGateway.query(query, ResponseTypes.instanceOf(Statement.class))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return Optional.ofNullable(statement).map(s -> BalanceOverTime.of(s, first, last));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Balance history of account {} unavailable: {}", accountId, e.toString()); // an opaque id
            return Optional.empty();
        }
    }
}
