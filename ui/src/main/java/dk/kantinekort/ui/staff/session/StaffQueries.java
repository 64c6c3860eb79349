package dk.kantinekort.ui.staff.session;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.ui.shell.Answers;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The back office's reads: staff see every account, so unlike the citizen pages nothing is filtered by a
 * person. Every method throws {@link IllegalStateException} when the other side does not answer.
 */
@Component
public class StaffQueries {

    private final QueryGateway queryGateway;

    StaffQueries(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public <R> List<R> list(Object query, Class<R> type) {
        List<R> answer = await(queryGateway.query(query, ResponseTypes.multipleInstancesOf(type)));
        return answer == null ? List.of() : answer;
    }

    public <R> Optional<R> one(Object query, Class<R> type) {
        return Optional.ofNullable(await(queryGateway.query(query, ResponseTypes.instanceOf(type))));
    }

    public Optional<AccountSummary> account(String accountId) {
        return one(new FindAccountSummary(accountId), AccountSummary.class);
    }

    private static <R> R await(CompletableFuture<R> answer) {
        return Answers.await(answer, "the read side");
    }
}
