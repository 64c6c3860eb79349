package dk.kantinekort.query.spending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.FindSpendingRules;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.spending.SpendingRules;
import dk.kantinekort.api.spending.SpendingRulesChanged;
import dk.kantinekort.api.spending.SpendingRulesView;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Each account's spending rules (Forbrugsregler) as last set, for the portal's page and Support: one document per
 * account, replaced whole by each change, so a replay ends with the same document. The till never reads this: the
 * account aggregate holds the rules it enforces.
 */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class SpendingRulesProjection {

    static final String COLLECTION = "spending_rules";
    private static final String ID = "_id";
    private static final String DAILY_LIMIT = "dailyLimit";
    private static final String UNIT_LIMITS = "unitLimits";
    private static final String BLOCKED = "blockedCategories";
    private static final String CHANGED_AT = "changedAt";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> rules;

    SpendingRulesProjection(MongoDatabase readModelDatabase) {
        rules = readModelDatabase.getCollection(COLLECTION);
    }

    @ResetHandler
    void reset() {
        rules.deleteMany(new Document());
    }

    @EventHandler
    void on(SpendingRulesChanged event, @Timestamp Instant at) {
        SpendingRules r = event.rules() == null ? SpendingRules.NONE : event.rules();
        Document limits = new Document();
        r.unitLimits().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> limits.append(e.getKey().name(), e.getValue().ore()));
        Document d = new Document(ID, event.accountId())
                .append(DAILY_LIMIT, r.dailyLimit() == null ? null : r.dailyLimit().ore())
                .append(UNIT_LIMITS, limits)
                .append(BLOCKED, r.blockedCategories().stream().sorted().map(Enum::name).toList())
                .append(CHANGED_AT, Date.from(at));
        ReadModelBatch.current().write(rules, new ReplaceOneModel<>(Filters.eq(ID, event.accountId()), d, UPSERT));
    }

    @QueryHandler
    SpendingRulesView handle(FindSpendingRules query) {
        Document d = rules.find(Filters.eq(ID, query.accountId())).first();
        if (d == null) {
            return new SpendingRulesView(query.accountId(), SpendingRules.NONE, null);
        }
        Number daily = d.get(DAILY_LIMIT, Number.class);
        Map<UnitKind, Money> unitLimits = new EnumMap<>(UnitKind.class);
        Document limits = d.get(UNIT_LIMITS, Document.class);
        if (limits != null) {
            limits.forEach((unit, ore) -> unitLimits.put(UnitKind.valueOf(unit), Money.ofOre(((Number) ore).longValue())));
        }
        EnumSet<ProductCategory> blocked = EnumSet.noneOf(ProductCategory.class);
        for (String name : d.getList(BLOCKED, String.class, List.of())) {
            blocked.add(ProductCategory.valueOf(name));
        }
        Date changedAt = d.getDate(CHANGED_AT);
        return new SpendingRulesView(query.accountId(),
                new SpendingRules(daily == null ? null : Money.ofOre(daily.longValue()), unitLimits, blocked),
                changedAt == null ? null : changedAt.toInstant());
    }
}
