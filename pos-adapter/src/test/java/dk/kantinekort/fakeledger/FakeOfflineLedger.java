package dk.kantinekort.fakeledger;

import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.BookOfflineSales;
import dk.kantinekort.api.offline.FindOfflinePolicy;
import dk.kantinekort.api.offline.OfflinePolicy;
import dk.kantinekort.api.offline.OfflineSale;
import dk.kantinekort.api.offline.OfflineSaleFlag;
import dk.kantinekort.api.offline.OfflineSaleResult;
import dk.kantinekort.api.offline.OfflineUploadResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;

/**
 * The offline-sales side of the fake ledger: books every sale of a known card once (the card "UNKNOWN0001" is
 * refused), answers a repeated sale id REPLAYED, and denies the card "DEBT000001" offline.
 */
public class FakeOfflineLedger {

    public static final String DEBT_CARD = "DEBT000001";

    private final Map<String, OfflineSale> booked = new ConcurrentHashMap<>();

    public void reset() {
        booked.clear();
    }

    @CommandHandler
    public OfflineUploadResult handle(BookOfflineSales command) {
        return new OfflineUploadResult(command.sales().stream().map(this::book).toList());
    }

    private OfflineSaleResult book(OfflineSale sale) {
        if (sale.cardNumber().value().equals("UNKNOWN0001")) {
            return OfflineSaleResult.refused(sale.saleId(), RejectionCode.CARD_UNKNOWN);
        }
        OfflineSale earlier = booked.putIfAbsent(sale.saleId(), sale);
        Money after = Money.ofOre(6500).minus(sale.total());
        Set<OfflineSaleFlag> flags = after.isNegative() ? Set.of(OfflineSaleFlag.LEFT_DEBT) : Set.of();
        return OfflineSaleResult.booked(sale.saleId(), after, flags, earlier != null);
    }

    @QueryHandler
    public OfflinePolicy handle(FindOfflinePolicy query) {
        return new OfflinePolicy(List.of(new OfflinePolicy.DeniedCard(DEBT_CARD, OfflinePolicy.Reason.OPEN_DEBT)));
    }
}
