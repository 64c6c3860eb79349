package dk.kantinekort.query.spending;

import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.FindSpendingRules;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.spending.SpendingRules;
import dk.kantinekort.api.spending.SpendingRulesChanged;
import dk.kantinekort.api.spending.SpendingRulesView;
import dk.kantinekort.query.LedgerEvents;
import dk.kantinekort.query.QuerySideTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = QuerySideTestApplication.class)
class SpendingRulesProjectionTest {

    static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;

    @Test
    void anAccountWithoutRulesAnswersNoRules() {
        SpendingRulesView view = find(newId());
        assertThat(view.rules()).isEqualTo(SpendingRules.NONE);
        assertThat(view.changedAt()).isNull();
    }

    @Test
    void theLatestChangeIsTheAccountsRulesAndALiftedRuleIsGone() {
        LedgerEvents ledger = new LedgerEvents(eventStore);
        String accountId = newId();
        SpendingRules first = new SpendingRules(Money.ofOre(2_000), Map.of(UnitKind.CINEMA, Money.ofOre(5_000)),
                Set.of(ProductCategory.SLIK, ProductCategory.UKENDT));
        SpendingRules second = new SpendingRules(null, Map.of(UnitKind.SCHOOL, Money.ofOre(3_000)),
                Set.of(ProductCategory.SODAVAND));
        ledger.account(accountId, new SpendingRulesChanged(accountId, first), AT);
        await().atMost(Duration.ofSeconds(10)).until(() -> find(accountId).rules().equals(first));
        ledger.account(accountId, new SpendingRulesChanged(accountId, second), AT.plusSeconds(60));

        SpendingRulesView view = await().atMost(Duration.ofSeconds(10))
                .until(() -> find(accountId), v -> v.rules().equals(second));
        assertThat(view.changedAt()).isEqualTo(AT.plusSeconds(60));
    }

    private SpendingRulesView find(String accountId) {
        return queryGateway.query(new FindSpendingRules(accountId), SpendingRulesView.class).join();
    }
}
