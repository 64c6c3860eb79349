package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.IDEMPOTENCY_KEY_REUSED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.TILL_UNKNOWN;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.BookOfflineSales;
import dk.kantinekort.api.offline.OfflineSale;
import dk.kantinekort.api.offline.OfflineSaleResult;
import dk.kantinekort.api.offline.OfflineUploadResult;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.command.card.CardDirectory;
import dk.kantinekort.command.till.PurchaseDirectory;
import dk.kantinekort.command.till.TillRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Routes a till's upload of offline sales to the accounts behind the cards (decision record 23): every sale to its
 * account, each account's sales of the upload in the order they were sold, each decided by its account. A sale that cannot
 * be booked (an unknown card, a key reused for another card) is answered REFUSED and the others go on.
 */
@Component
class OfflineSaleHandler {

    private static final Logger log = LoggerFactory.getLogger(OfflineSaleHandler.class);

    private final TillRegistry tills;
    private final CardDirectory cards;
    private final PurchaseDirectory purchases;
    private final Repository<CardAccount> accounts;
    private final SchemeParts parts;
    private final Money dailyLimit;

    OfflineSaleHandler(TillRegistry tills, CardDirectory cards, PurchaseDirectory purchases,
                       Repository<CardAccount> accounts, SchemeParts parts,
                       @Value("${canteen.municipality.offline-sales.daily-limit-ore:7500}") long dailyLimitOre) {
        this.tills = tills;
        this.cards = cards;
        this.purchases = purchases;
        this.accounts = accounts;
        this.parts = parts;
        this.dailyLimit = Money.ofOre(dailyLimitOre);
    }

    @CommandHandler
    OfflineUploadResult handle(BookOfflineSales command) {
        if (!parts.isOn(SchemePart.OFFLINE_SALES)) {
            throw new RejectedException(INVALID_REQUEST, "Offline sales are switched off in this municipality");
        }
        TillIdentity till = tills.activeTill(command.tillId())
                .orElseThrow(() -> new RejectedException(TILL_UNKNOWN, "Till is unknown or its credential revoked"));
        Map<String, OfflineSaleResult> results = new HashMap<>();
        List<Routed> routed = new ArrayList<>();
        for (OfflineSale sale : command.sales()) {
            Optional<String> accountId = cards.accountOf(sale.cardNumber());
            if (accountId.isEmpty()) {
                log.warn("Offline sale {} of till {} names no known card: not booked", sale.saleId(), till.tillId());
                results.put(sale.saleId(), OfflineSaleResult.refused(sale.saleId(), RejectionCode.CARD_UNKNOWN));
            } else {
                routed.add(new Routed(accountId.get(), sale));
            }
        }
        // Each account's sales oldest first; the accounts in one fixed order, so two uploads never wait for each
        // other's locks in opposite order.
        routed.sort(Comparator.comparing(Routed::accountId).thenComparing(r -> r.sale().soldAt()));
        for (Routed r : routed) {
            results.put(r.sale().saleId(), book(r.accountId(), r.sale(), till));
        }
        List<OfflineSaleResult> answer = command.sales().stream().map(sale -> results.get(sale.saleId())).toList();
        log.info("Till {} uploaded {} offline sales: {} refused", till.tillId(), answer.size(),
                answer.stream().filter(r -> r.outcome() == OfflineSaleResult.Outcome.REFUSED).count());
        return new OfflineUploadResult(answer);
    }

    private record Routed(String accountId, OfflineSale sale) {
    }

    private OfflineSaleResult book(String accountId, OfflineSale sale, TillIdentity till) {
        Optional<String> chargedElsewhere = purchases.accountOf(sale.saleId())
                .filter(charged -> !charged.equals(accountId));
        if (chargedElsewhere.isPresent()) {
            return OfflineSaleResult.refused(sale.saleId(), IDEMPOTENCY_KEY_REUSED);
        }
        BookOfflineSale booking = new BookOfflineSale(accountId, sale, till.placeId(), till.tillId(),
                till.unitKind(), dailyLimit);
        try {
            return accounts.load(accountId).invoke(account -> account.handle(booking));
        } catch (RejectedException e) {
            return OfflineSaleResult.refused(sale.saleId(), RejectedException.rejectionOf(e)
                    .map(rejection -> rejection.code()).orElse(INVALID_REQUEST));
        }
    }
}
