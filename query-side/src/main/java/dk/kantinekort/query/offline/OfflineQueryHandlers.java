package dk.kantinekort.query.offline;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.FindOfflinePolicy;
import dk.kantinekort.api.offline.ListOfflineSales;
import dk.kantinekort.api.offline.OfflinePolicy;
import dk.kantinekort.api.offline.OfflineSaleFlag;
import dk.kantinekort.api.offline.OfflineSaleView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Answers the tills' deny list and the offline sales of an account. */
@Component
class OfflineQueryHandlers {

    private static final int MAX_SALES = 200;

    private final OfflineCollections collections;

    OfflineQueryHandlers(OfflineCollections collections) {
        this.collections = collections;
    }

    /** The current card of every account with an open offline debt, a blocked card or a blocked account. */
    @QueryHandler
    OfflinePolicy handle(FindOfflinePolicy query) {
        List<OfflinePolicy.DeniedCard> denied = new ArrayList<>();
        for (Document d : collections.denied.find(Filters.or(Filters.eq(OfflineCollections.DEBT, true),
                Filters.eq(OfflineCollections.BLOCKED, true), Filters.eq(OfflineCollections.ACCOUNT_BLOCKED, true)))) {
            Document summary = collections.summaries.find(Filters.eq("_id", d.getString(OfflineCollections.ID))).first();
            String card = summary == null ? null : summary.getString("currentCardNumber");
            if (card != null) {
                denied.add(new OfflinePolicy.DeniedCard(card, reason(d)));
            }
        }
        denied.sort(java.util.Comparator.comparing(OfflinePolicy.DeniedCard::cardNumber));
        return new OfflinePolicy(List.copyOf(denied));
    }

    /** The account's block first (nothing works), then the card's, then the debt. */
    private static OfflinePolicy.Reason reason(Document denied) {
        if (Boolean.TRUE.equals(denied.getBoolean(OfflineCollections.ACCOUNT_BLOCKED))) {
            return OfflinePolicy.Reason.ACCOUNT_BLOCKED;
        }
        return Boolean.TRUE.equals(denied.getBoolean(OfflineCollections.BLOCKED)) ? OfflinePolicy.Reason.CARD_BLOCKED
                : OfflinePolicy.Reason.OPEN_DEBT;
    }

    @QueryHandler
    List<OfflineSaleView> handle(ListOfflineSales query) {
        List<OfflineSaleView> sales = new ArrayList<>();
        for (Document d : collections.sales.find(Filters.eq(OfflineCollections.ACCOUNT_ID, query.accountId()))
                .sort(Sorts.descending(OfflineCollections.SOLD_AT)).limit(MAX_SALES)) {
            sales.add(new OfflineSaleView(d.getString(OfflineCollections.SALE_ID),
                    d.getDate(OfflineCollections.SOLD_AT).toInstant(), d.getDate(OfflineCollections.BOOKED_AT).toInstant(),
                    placeName(d.getString(OfflineCollections.PLACE_ID)),
                    Money.ofOre(d.get(OfflineCollections.TOTAL, Number.class).longValue()),
                    Money.ofOre(d.get(OfflineCollections.BALANCE_AFTER, Number.class).longValue()),
                    flags(d.getList(OfflineCollections.FLAGS, String.class, List.of()))));
        }
        return sales;
    }

    private String placeName(String placeId) {
        if (placeId == null) {
            return null;
        }
        Document place = collections.places.find(Filters.eq("_id", placeId)).first();
        return place == null ? placeId : place.getString("name");
    }

    private static Set<OfflineSaleFlag> flags(List<String> names) {
        Set<OfflineSaleFlag> flags = EnumSet.noneOf(OfflineSaleFlag.class);
        names.forEach(name -> flags.add(OfflineSaleFlag.valueOf(name)));
        return flags;
    }
}
