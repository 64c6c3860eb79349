package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.IDEMPOTENCY_KEY_REUSED;
import static dk.kantinekort.api.error.RejectionCode.PURCHASE_NOT_FOUND;
import static dk.kantinekort.api.error.RejectionCode.TILL_UNKNOWN;

import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.RefundReceipt;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.tempcard.TemporaryCardCode;
import dk.kantinekort.api.till.PurchaseWithCard;
import dk.kantinekort.api.till.RefundAtTill;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.command.card.CardDirectory;
import dk.kantinekort.command.spending.CatalogueCategories;
import dk.kantinekort.command.till.PurchaseDirectory;
import dk.kantinekort.command.till.TillRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Routes a till's request to the account behind the card: the till says which card, the look-ups say
 * which account and place, and the account decides. The account is loaded here, in its own package and in the
 * till's unit of work: no command is sent onwards, so the group-commit bus runs it like any other.
 */
@Component
class TillPurchaseHandler {

    private static final Logger log = LoggerFactory.getLogger(TillPurchaseHandler.class);

    private final TillRegistry tills;
    private final CardDirectory cards;
    private final PurchaseDirectory purchases;
    private final Repository<CardAccount> accounts;
    private final CatalogueCategories categories;
    private final TemporaryCardChecks temporaryCards;
    private final SchemeParts parts;

    TillPurchaseHandler(TillRegistry tills, CardDirectory cards, PurchaseDirectory purchases,
                        Repository<CardAccount> accounts, CatalogueCategories categories,
                        TemporaryCardChecks temporaryCards, SchemeParts parts) {
        this.tills = tills;
        this.cards = cards;
        this.purchases = purchases;
        this.accounts = accounts;
        this.categories = categories;
        this.temporaryCards = temporaryCards;
        this.parts = parts;
    }

    @CommandHandler
    PurchaseOutcome handle(PurchaseWithCard command) {
        TillIdentity till = activeTill(command.tillId());
        CardNumber card = command.cardNumber();
        Optional<String> accountId;
        if (TemporaryCardCode.isCode(card) && parts.isOn(SchemePart.TEMPORARY_CARD)) {
            // a temporary card: its id finds the account at once, its signature must be that account's
            card = TemporaryCardCode.idOf(command.cardNumber());
            accountId = temporaryCards.accountOf(command.cardNumber());
            if (accountId.isEmpty()) {
                log.info("Purchase {} declined at till {}: a temporary card's code that does not hold",
                        command.purchaseId(), till.tillId());
                return new PurchaseOutcome.Declined(command.purchaseId(), DeclineReason.TEMPORARY_CARD_INVALID);
            }
        } else if (TemporaryCardCode.isReserved(card)) {
            // a temporary card's id alone (no signature), or any code while the part is switched off
            return new PurchaseOutcome.Declined(command.purchaseId(), parts.isOn(SchemePart.TEMPORARY_CARD)
                    ? DeclineReason.TEMPORARY_CARD_INVALID : DeclineReason.CARD_UNKNOWN);
        } else {
            accountId = cards.accountOf(card);
        }
        if (accountId.isEmpty()) {
            log.info("Purchase {} declined at till {}: unknown card {}", command.purchaseId(), till.tillId(),
                    command.cardNumber());
            return new PurchaseOutcome.Declined(command.purchaseId(), DeclineReason.CARD_UNKNOWN);
        }
        purchases.accountOf(command.purchaseId())
                .filter(chargedAccount -> !chargedAccount.equals(accountId.get()))
                .ifPresent(other -> {
                    throw new RejectedException(IDEMPOTENCY_KEY_REUSED,
                            "Idempotency key was already used for a purchase with another card");
                });
        MakePurchase purchase = new MakePurchase(accountId.get(), command.purchaseId(), card,
                till.placeId(), till.tillId(), till.unitKind(), categorised(till.placeId(), command.lines()),
                command.total(), command.requestFingerprint(), parts.isOn(SchemePart.SPENDING_RULES));
        return accounts.load(accountId.get()).invoke(account -> account.handle(purchase));
    }

    @CommandHandler
    RefundReceipt handle(RefundAtTill command) {
        TillIdentity till = activeTill(command.tillId());
        String accountId = purchases.accountOf(command.purchaseId())
                .orElseThrow(() -> new RejectedException(PURCHASE_NOT_FOUND, "No purchase " + command.purchaseId()));
        RefundPurchase refund = new RefundPurchase(accountId, command.refundId(), command.purchaseId(),
                till.placeId(), till.tillId(), command.amount(), command.lines(), command.requestFingerprint());
        return accounts.load(accountId).invoke(account -> account.handle(refund));
    }

    /** Each line with the till's category, else the place's catalogue's for its sku, else UKENDT; from memory. */
    private List<PurchaseLine> categorised(String placeId, List<PurchaseLine> lines) {
        if (lines == null) {
            return null;
        }
        List<PurchaseLine> counted = new ArrayList<>(lines.size());
        for (PurchaseLine line : lines) {
            if (line == null || line.category() != null) {
                counted.add(line);
            } else {
                ProductCategory fromCatalogue = categories.categoryOf(placeId, line.sku());
                counted.add(line.withCategory(fromCatalogue == null ? ProductCategory.UKENDT : fromCatalogue));
            }
        }
        return counted;
    }

    private TillIdentity activeTill(String tillId) {
        return tills.activeTill(tillId)
                .orElseThrow(() -> new RejectedException(TILL_UNKNOWN, "Till is unknown or its credential revoked"));
    }
}
