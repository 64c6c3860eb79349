package dk.kantinekort.ui.account;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.ListAccounts;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The accounts the overview lists, asked from the query side; empty-handed rather than failing the page. */
@Component
class AccountDirectory {

    static final int PAGE_SIZE = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(AccountDirectory.class);

    private final QueryGateway queryGateway;

    AccountDirectory(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The first page of accounts by holder name, or {@link Listing#unavailable()} when the query fails. */
    Listing firstPage() {
        try {
            List<AccountSummary> accounts = queryGateway
                    .query(new ListAccounts(0, PAGE_SIZE), ResponseTypes.multipleInstancesOf(AccountSummary.class))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new Listing(accounts == null ? List.of() : accounts, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Listing.unavailable();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Account overview unavailable: {}", e.toString());
            return Listing.unavailable();
        }
    }

    /** A page of accounts, and whether the query side answered at all. */
    record Listing(List<AccountSummary> accounts, boolean available) {
        static Listing unavailable() {
            return new Listing(List.of(), false);
        }
    }
}
