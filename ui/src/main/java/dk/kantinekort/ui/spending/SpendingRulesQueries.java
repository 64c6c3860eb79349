package dk.kantinekort.ui.spending;

import dk.kantinekort.api.spending.FindSpendingRules;
import dk.kantinekort.api.spending.SpendingRulesView;
import dk.kantinekort.ui.shell.Answers;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** An account's spending rules as last set, from the read side (the portal's page and Support). */
@Component
public class SpendingRulesQueries {

    private final QueryGateway queries;

    public SpendingRulesQueries(QueryGateway queries) {
        this.queries = queries;
    }

    /** {@link IllegalStateException} when the read side cannot answer. */
    public SpendingRulesView of(String accountId) {
        return Answers.await(queries.query(new FindSpendingRules(accountId),
                        ResponseTypes.instanceOf(SpendingRulesView.class)),
                "the spending rules");
    }
}
