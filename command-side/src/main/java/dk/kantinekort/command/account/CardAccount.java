package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.ACCESS_DENIED;
import static dk.kantinekort.api.error.RejectionCode.ACCOUNT_BLOCKED;
import static dk.kantinekort.api.error.RejectionCode.ACCOUNT_BLOCKED_BY_STAFF;
import static dk.kantinekort.api.error.RejectionCode.ADDRESS_REQUIRED;
import static dk.kantinekort.api.error.RejectionCode.BALANCE_REMAINING;
import static dk.kantinekort.api.error.RejectionCode.CARD_BLOCKED_BY_STAFF;
import static dk.kantinekort.api.error.RejectionCode.BALANCE_LIMIT_EXCEEDED;
import static dk.kantinekort.api.error.RejectionCode.IDEMPOTENCY_KEY_REUSED;
import static dk.kantinekort.api.error.RejectionCode.INSUFFICIENT_FUNDS;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.NOTHING_TO_PAY_OUT;
import static dk.kantinekort.api.error.RejectionCode.NO_REPLACEMENT_ORDERED;
import static dk.kantinekort.api.error.RejectionCode.PURCHASE_NOT_FOUND;
import static dk.kantinekort.api.error.RejectionCode.REFUND_EXCEEDS_PURCHASE;
import static dk.kantinekort.api.error.RejectionCode.REPLACEMENT_ALREADY_ORDERED;
import static dk.kantinekort.api.error.RejectionCode.WRONG_PLACE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.account.AccountBlocked;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountUnblocked;
import dk.kantinekort.api.account.BlockAccount;
import dk.kantinekort.api.account.AllowedUnitsChanged;
import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.CardAccountOpened;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.CardUnblocked;
import dk.kantinekort.api.account.ChangeAllowedUnits;
import dk.kantinekort.api.account.ChargeFee;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.FeeCharged;
import dk.kantinekort.api.account.FeeKind;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.OpenCardAccount;
import dk.kantinekort.api.account.OrderReplacementCard;
import dk.kantinekort.api.account.PayOutBalance;
import dk.kantinekort.api.account.ProduceReplacementCard;
import dk.kantinekort.api.account.PurchaseDeclined;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.PurchaseRefunded;
import dk.kantinekort.api.account.RefundReceipt;
import dk.kantinekort.api.account.ReplacementCardOrdered;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.account.UnblockAccount;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.account.UnblockCause;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import dk.kantinekort.api.schoolyear.BalanceDestination;
import dk.kantinekort.api.schoolyear.LeaverBalanceMoved;
import dk.kantinekort.api.schoolyear.LeaverBalanceReceived;
import dk.kantinekort.api.tempcard.TemporaryCardCode;
import dk.kantinekort.api.tempcard.TemporaryCardEnd;
import dk.kantinekort.api.webshop.ChargeWebshopOrder;
import dk.kantinekort.api.webshop.CheckCanteenCardUsable;
import dk.kantinekort.api.webshop.RefundWebshopOrder;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import dk.kantinekort.api.webshop.WebshopOrderRefunded;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.transfer.TransferMovement;
import dk.kantinekort.api.offline.OfflineSale;
import dk.kantinekort.api.offline.OfflineSaleBooked;
import dk.kantinekort.api.offline.OfflineSaleFlag;
import dk.kantinekort.api.offline.OfflineSaleResult;
import java.time.Instant;
import dk.kantinekort.api.dispute.DisputeRefunded;
import dk.kantinekort.command.card.CardNumberIssuer;
import dk.kantinekort.command.citizen.ContactDirectory;
import dk.kantinekort.command.citizen.PersonalDataVault;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A canteen-card account: the ledger of one card holder's money. It alone decides whether a purchase,
 * deposit, fee, refund or payout may happen, so the balance never goes negative (but by a sale a till made offline,
 * decision record 23) and an idempotency key is applied at most once, however many tills and portals race. Money
 * from a payment provider is kept by its
 * {@link AccountFunding} member, payout requests by its {@link AccountPayout}.
 */
@Aggregate(cache = "cardAccountCache")
class CardAccount {

    @AggregateIdentifier
    private String accountId;
    private String citizenId;
    private Money balance;
    /** The whole account's status (decision record 21): a BLOCKED account takes no money in and pays nothing. */
    private AccountStatus status;
    /** Who blocked the whole account; null while it is active. */
    private BlockOrigin blockedBy;
    /** Who blocked the current card (lost, stolen); null while the card is usable. */
    private BlockOrigin cardBlockedBy;
    private CardNumber currentCard;
    private final Set<CardNumber> formerCards = new HashSet<>();
    private Set<UnitKind> allowedUnits;
    private PendingReplacement pendingReplacement;
    /** Every replacement order and the card it brings, so a repeated order answers its card and costs nothing. */
    private final Map<String, CardNumber> replacementOrders = new HashMap<>();
    private final Map<String, PurchaseRecord> purchases = new HashMap<>();
    private final Map<String, RefundRecord> refunds = new HashMap<>();
    private final Map<String, MoneyDeposited> deposits = new HashMap<>();
    private final Set<String> appliedOnce = new HashSet<>();
    /** Webshop orders paid from the balance: what is left of each to refund. */
    private final Map<String, Money> webshopOrders = new HashMap<>();
    /** Sales tills made offline (issue 20): booked whatever the balance, flagged by {@link OfflineSales}. */
    private final OfflineSales offlineSales = new OfflineSales();
    @AggregateMember
    private AccountFunding funding;
    @AggregateMember
    private AccountPayout payout;
    @AggregateMember
    private AccountSpending spending;
    @AggregateMember
    private AccountTransfers transfers;
    /** Skoleår: a leaver's account closing (decision record 25). */
    @AggregateMember
    private AccountClosure closure;
    @AggregateMember
    private TemporaryCards temporaryCards;
    @AggregateMember
    private AccountDisputeRefunds disputeRefunds;

    protected CardAccount() {
        // for Axon
    }

    @CommandHandler
    CardAccount(OpenCardAccount command, PersonalDataVault vault) {
        Set<UnitKind> units = command.allowedUnits() == null || command.allowedUnits().isEmpty()
                ? EnumSet.allOf(UnitKind.class) : EnumSet.copyOf(command.allowedUnits());
        SealedData name = command.name() == null || command.name().isBlank() ? null
                : vault.seal(command.citizenId(), command.name().strip());
        apply(new CardAccountOpened(command.accountId(), command.citizenId(), name, units));
        apply(new CardIssued(command.accountId(), command.cardNumber()));
    }

    /** Charges a till purchase, or records why it was declined; a repeated key answers the first outcome. */
    @CommandHandler
    PurchaseOutcome handle(MakePurchase command) {
        PurchaseRecord earlier = purchases.get(command.purchaseId());
        if (earlier != null) {
            if (!earlier.fingerprint().equals(command.requestFingerprint())) {
                throw new RejectedException(IDEMPOTENCY_KEY_REUSED,
                        "Idempotency key was already used for a different purchase");
            }
            return approved(command.purchaseId(), earlier.cardNumber(), earlier.total(), earlier.balanceAfter(),
                    funding.triggeredTopUp(command.purchaseId()), true);
        }
        PurchaseRules.requireWellFormed(command.lines(), command.total());
        DeclineReason reason = declineReasonFor(command.cardNumber(), command.unitKind(), command.total());
        BrokenSpendingRule broken = command.spendingRulesOn()
                && (reason == null || reason == DeclineReason.INSUFFICIENT_FUNDS)
                ? spending.brokenRule(command.unitKind(), command.lines(), command.total(),
                        GenericEventMessage.clock.instant()) : null;
        if (broken != null) {
            reason = AccountSpending.reasonOf(broken);
        }
        if (reason != null) {
            apply(new PurchaseDeclined(accountId, command.purchaseId(), command.cardNumber(), command.placeId(),
                    command.tillId(), command.total(), reason, broken));
            return new PurchaseOutcome.Declined(command.purchaseId(), reason, broken);
        }
        Money after = balance.minus(command.total());
        apply(new PurchaseMade(accountId, command.purchaseId(), command.cardNumber(), command.placeId(),
                command.tillId(), command.unitKind(), command.lines(), command.total(), after,
                command.requestFingerprint()));
        boolean topUp = funding.topUpAfterPurchase(command.purchaseId(), after);
        return approved(command.purchaseId(), command.cardNumber(), command.total(), after, topUp, false);
    }

    /** Why a till would refuse this temporary card now (the balance inquiry asks); null while it works. */
    DeclineReason temporaryCardRefusal(CardNumber temporaryCardId) {
        DeclineReason reason = temporaryCards.declineReasonFor(temporaryCardId);
        return reason != null || status != AccountStatus.BLOCKED ? reason : DeclineReason.ACCOUNT_BLOCKED;
    }

    private DeclineReason declineReasonFor(CardNumber card, UnitKind unitKind, Money total) {
        boolean temporary = TemporaryCardCode.isId(card);
        if (temporary && temporaryCards.declineReasonFor(card) != null) {
            return temporaryCards.declineReasonFor(card);
        }
        if (!temporary && formerCards.contains(card)) {
            return DeclineReason.CARD_REPLACED;
        }
        if (!temporary && !card.equals(currentCard)) {
            return DeclineReason.CARD_UNKNOWN;
        }
        if (status == AccountStatus.BLOCKED) {
            return DeclineReason.ACCOUNT_BLOCKED;
        }
        if (!temporary && cardBlockedBy != null) {
            return DeclineReason.CARD_BLOCKED;
        }
        if (!allowedUnits.contains(unitKind)) {
            return DeclineReason.UNIT_NOT_ALLOWED;
        }
        if (balance.isLessThan(total)) {
            return DeclineReason.INSUFFICIENT_FUNDS;
        }
        return null;
    }

    private PurchaseOutcome.Approved approved(String purchaseId, CardNumber card, Money total, Money after,
                                              boolean autoTopUpTriggered, boolean replayed) {
        return new PurchaseOutcome.Approved(purchaseId, accountId, card, total, after, autoTopUpTriggered, replayed);
    }

    /**
     * Books a sale a till made offline, exactly once per sale id, even when it takes the balance below zero (the
     * goods are gone): the debt is settled by the next deposit. What the till should not have sold is flagged.
     */
    @CommandHandler
    OfflineSaleResult handle(BookOfflineSale command) {
        OfflineSale sale = command.sale();
        PurchaseRecord earlier = purchases.get(sale.saleId());
        if (earlier != null) {
            if (!earlier.fingerprint().equals(sale.requestFingerprint())) {
                throw new RejectedException(IDEMPOTENCY_KEY_REUSED,
                        "Idempotency key was already used for a different offline sale");
            }
            return OfflineSaleResult.booked(sale.saleId(), earlier.balanceAfter(), offlineSales.flagsOf(sale.saleId()),
                    true);
        }
        PurchaseRules.requireWellFormed(sale.lines(), sale.total());
        Set<OfflineSaleFlag> flags = offlineSales.flagsFor(command, new OfflineSales.AccountState(balance,
                formerCards.contains(sale.cardNumber()), status == AccountStatus.BLOCKED || cardBlockedBy != null,
                allowedUnits.contains(command.unitKind())));
        Money after = balance.minus(sale.total());
        apply(new OfflineSaleBooked(accountId, sale.saleId(), sale.cardNumber(), command.placeId(), command.tillId(),
                command.unitKind(), sale.lines(), sale.total(), sale.soldAt(), after, flags,
                sale.requestFingerprint()));
        funding.topUpAfterPurchase(sale.saleId(), after);
        return OfflineSaleResult.booked(sale.saleId(), after, flags, false);
    }

    /** Gives back (part of) a purchase made at the same place; never more than what is left of it. */
    @CommandHandler
    RefundReceipt handle(RefundPurchase command) {
        RefundRecord earlier = refunds.get(command.refundId());
        if (earlier != null) {
            if (!earlier.fingerprint().equals(command.requestFingerprint())) {
                throw new RejectedException(IDEMPOTENCY_KEY_REUSED,
                        "Idempotency key was already used for a different refund");
            }
            return new RefundReceipt(command.refundId(), earlier.purchaseId(), accountId, earlier.amount(),
                    earlier.balanceAfter(), true);
        }
        PurchaseRecord purchase = purchases.get(command.purchaseId());
        if (purchase == null) {
            throw new RejectedException(PURCHASE_NOT_FOUND, "No such purchase on this account");
        }
        if (!purchase.placeId().equals(command.placeId())) {
            throw new RejectedException(WRONG_PLACE, "A purchase can only be refunded by a till of the same place");
        }
        Money amount = purchase.refundAmount(command.amount(), command.lines());
        Money after = balance.plus(amount);
        apply(new PurchaseRefunded(accountId, command.refundId(), command.purchaseId(), command.placeId(),
                command.tillId(), amount, command.lines(), after, command.requestFingerprint()));
        return new RefundReceipt(command.refundId(), command.purchaseId(), accountId, amount, after, false);
    }

    /**
     * Puts money on the account; a repeated deposit id answers the first result. The caller's reference (staff's
     * evidence, the admin API's text) is free text: it is sealed with the holder's key.
     */
    @CommandHandler
    Money handle(DepositMoney command, PersonalDataVault vault) {
        MoneyDeposited earlier = deposits.get(command.depositId());
        if (earlier != null) {
            if (!earlier.amount().equals(command.amount())) {
                throw new RejectedException(IDEMPOTENCY_KEY_REUSED,
                        "Idempotency key was already used for a different deposit");
            }
            return earlier.balanceAfter();
        }
        closure.refuseIfClosed();
        SealedData reference = command.reference() == null || command.reference().isBlank() ? null
                : vault.seal(citizenId, command.reference().strip());
        if (command.settlesDepositId() != null) {
            return funding.settleByStaffCredit(command, reference);
        }
        if (command.amount() == null || !command.amount().isPositive()
                || command.amount().isGreaterThan(Limits.MAX_DEPOSIT)) {
            throw new RejectedException(INVALID_REQUEST, "A deposit is between 0,01 and " + Limits.MAX_DEPOSIT);
        }
        if (status == AccountStatus.BLOCKED) {
            throw new RejectedException(ACCOUNT_BLOCKED, "No deposits while the account is blocked");
        }
        Money after = balance.plus(command.amount());
        if (after.isGreaterThan(Limits.MAX_BALANCE)) {
            throw new RejectedException(BALANCE_LIMIT_EXCEEDED, "The balance may not exceed " + Limits.MAX_BALANCE);
        }
        apply(new MoneyDeposited(accountId, command.depositId(), command.amount(), command.method(), null, reference,
                after));
        return after;
    }

    @CommandHandler
    Money handle(ChargeFee command) {
        if (appliedOnce.contains(command.feeId())) {
            return balance;
        }
        chargeFee(command.feeId(), command.amount(), command.kind(), null);
        return balance;
    }

    private void chargeFee(String feeId, Money amount, FeeKind kind, String orderId) {
        if (amount == null || !amount.isPositive() || amount.isGreaterThan(Limits.MAX_DEPOSIT)) {
            throw new RejectedException(INVALID_REQUEST, "A fee is between 0,01 and " + Limits.MAX_DEPOSIT);
        }
        if (balance.isLessThan(amount)) {
            throw new RejectedException(INSUFFICIENT_FUNDS, "The balance does not cover the fee of " + amount);
        }
        apply(new FeeCharged(accountId, feeId, amount, kind, orderId, balance.minus(amount)));
    }

    /** Pays the whole balance out; the account stays open with a zero balance. */
    @CommandHandler
    Money handle(PayOutBalance command, PersonalDataVault vault) {
        if (appliedOnce.contains(command.payoutId())) {
            return balance;
        }
        if (!balance.isPositive()) {
            throw new RejectedException(NOTHING_TO_PAY_OUT, "The balance is zero");
        }
        apply(new BalancePaidOut(accountId, command.payoutId(), balance,
                vault.sealIfKnown(citizenId, command.bankReference()), Money.ZERO));
        return balance;
    }

    /**
     * Blocks the card (not the account: decision record 21), recording who blocked it (the portal: CITIZEN; staff,
     * the admin API, the system: STAFF). Blocking a blocked card changes nothing, except that staff take over a
     * citizen's block, so it then stays until staff lift it.
     */
    @CommandHandler
    void handle(BlockCard command, MetaData metaData, PersonalDataVault vault) {
        BlockOrigin origin = BlockOrigin.ofChannel(channel(metaData));
        if (cardBlockedBy == null || (cardBlockedBy == BlockOrigin.CITIZEN && origin == BlockOrigin.STAFF)) {
            String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
            apply(new CardBlocked(accountId, currentCard, vault.sealIfKnown(citizenId, reason), origin));
        }
    }

    /**
     * Lifts the card's block; a block staff set is lifted only by staff, never from the portal. The card works
     * again, so a temporary card ends, unless a new card is still on its way.
     */
    @CommandHandler
    void handle(UnblockCard command, MetaData metaData) {
        if (cardBlockedBy == null) {
            return;
        }
        closure.refuseIfClosed();
        if (cardBlockedBy == BlockOrigin.STAFF && BlockOrigin.ofChannel(channel(metaData)) != BlockOrigin.STAFF) {
            throw new RejectedException(CARD_BLOCKED_BY_STAFF,
                    "The card was blocked by the municipality; only staff can lift that block");
        }
        apply(new CardUnblocked(accountId, currentCard, UnblockCause.REQUESTED));
        if (pendingReplacement == null) {
            temporaryCards.end(TemporaryCardEnd.CARD_ACTIVE_AGAIN);
        }
    }

    /** Blocks the whole account (staff only, decision record 21); its temporary card ends. */
    @CommandHandler
    void handle(BlockAccount command, MetaData metaData, PersonalDataVault vault) {
        if (BlockOrigin.ofChannel(channel(metaData)) != BlockOrigin.STAFF) {
            throw new RejectedException(ACCESS_DENIED, "Only the municipality blocks a whole account");
        }
        if (status != AccountStatus.BLOCKED) {
            String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
            apply(new AccountBlocked(accountId, vault.sealIfKnown(citizenId, reason), BlockOrigin.STAFF));
            temporaryCards.end(TemporaryCardEnd.ACCOUNT_BLOCKED);
        }
    }

    /** Lifts the block of the whole account; staff only. A card block stays. */
    @CommandHandler
    void handle(UnblockAccount command, MetaData metaData) {
        if (BlockOrigin.ofChannel(channel(metaData)) != BlockOrigin.STAFF) {
            throw new RejectedException(ACCOUNT_BLOCKED_BY_STAFF,
                    "The account was blocked by the municipality; only staff can lift that block");
        }
        if (status == AccountStatus.BLOCKED) {
            apply(new AccountUnblocked(accountId));
        }
    }

    private static Object channel(MetaData metaData) {
        return metaData == null ? null : metaData.get(Metadata.CHANNEL);
    }

    /**
     * Orders a replacement card, also for a blocked card (a lost card is blocked first); costs a fee. The holder's
     * postal address on file now is recorded (sealed) with the order: the card goes there, whatever the address is
     * changed to later. From the portal an order needs an address on file.
     */
    @CommandHandler
    CardNumber handle(OrderReplacementCard command, CardNumberIssuer issuer, ContactDirectory contacts,
                             PersonalDataVault vault, MetaData metaData) {
        CardNumber ordered = replacementOrders.get(command.orderId());
        if (ordered != null) {
            return ordered;
        }
        closure.refuseIfClosed();
        if (pendingReplacement != null) {
            throw new RejectedException(REPLACEMENT_ALREADY_ORDERED, "A replacement card is already on its way");
        }
        if (balance.isLessThan(Limits.REPLACEMENT_CARD_FEE)) {
            throw new RejectedException(INSUFFICIENT_FUNDS,
                    "A replacement card needs a balance of at least " + Limits.REPLACEMENT_CARD_FEE);
        }
        String address = contacts.postalAddress(citizenId).orElse(null);
        if (address == null && BlockOrigin.ofChannel(channel(metaData)) == BlockOrigin.CITIZEN) {
            throw new RejectedException(ADDRESS_REQUIRED, "A new card needs a postal address on file");
        }
        SealedData deliveryAddress = address == null ? null : vault.seal(citizenId, address);
        CardNumber newCard = issuer.nextCardNumber();
        apply(new ReplacementCardOrdered(accountId, command.orderId(), currentCard, newCard,
                Limits.REPLACEMENT_CARD_FEE, deliveryAddress));
        chargeFee("replacement-" + command.orderId(), Limits.REPLACEMENT_CARD_FEE, FeeKind.REPLACEMENT_CARD,
                command.orderId());
        return newCard;
    }

    /**
     * The new card is produced: it becomes the active card, the old one is closed and a citizen's block is lifted.
     * A block staff set stays on the new card until staff lift it.
     */
    @CommandHandler
    void handle(ProduceReplacementCard command) {
        if (appliedOnce.contains(command.orderId())) {
            return;
        }
        if (pendingReplacement == null || !pendingReplacement.orderId().equals(command.orderId())) {
            throw new RejectedException(NO_REPLACEMENT_ORDERED, "No replacement card with that order is pending");
        }
        CardNumber newCard = pendingReplacement.newCard();
        apply(new ReplacementCardProduced(accountId, command.orderId(), currentCard, newCard));
        if (cardBlockedBy != null && cardBlockedBy != BlockOrigin.STAFF) {
            apply(new CardUnblocked(accountId, newCard, UnblockCause.REPLACEMENT_CARD_PRODUCED));
        }
        temporaryCards.end(TemporaryCardEnd.NEW_CARD_PRODUCED);
    }

    @CommandHandler
    void handle(ChangeAllowedUnits command) {
        Set<UnitKind> units = command.allowedUnits() == null || command.allowedUnits().isEmpty()
                ? EnumSet.noneOf(UnitKind.class) : EnumSet.copyOf(command.allowedUnits());
        if (!units.equals(allowedUnits)) {
            apply(new AllowedUnitsChanged(accountId, units));
        }
    }

    /** Pays a webshop order from the balance (F15); a repeated order id answers the balance without a new charge. */
    @CommandHandler
    Money handle(ChargeWebshopOrder command) {
        if (webshopOrders.containsKey(command.orderId())) {
            return balance;
        }
        if (command.amount() == null || !command.amount().isPositive()
                || command.amount().isGreaterThan(Limits.MAX_BALANCE)) {
            throw new RejectedException(INVALID_REQUEST, "A webshop order is between 0,01 and " + Limits.MAX_BALANCE);
        }
        if (status == AccountStatus.BLOCKED) {
            throw new RejectedException(ACCOUNT_BLOCKED, "The canteen card is blocked");
        }
        if (balance.isLessThan(command.amount())) {
            throw new RejectedException(INSUFFICIENT_FUNDS, "The balance does not cover the order of " + command.amount());
        }
        Money after = balance.minus(command.amount());
        apply(new WebshopOrderCharged(accountId, command.orderId(), command.placeId(), command.amount(), after));
        return after;
    }

    /** Gives cancelled webshop lines back; never more than is left of what the order was charged. */
    @CommandHandler
    Money handle(RefundWebshopOrder command) {
        if (appliedOnce.contains(command.refundId())) {
            return balance;
        }
        Money left = webshopOrders.get(command.orderId());
        if (left == null) {
            throw new RejectedException(PURCHASE_NOT_FOUND, "No webshop order " + command.orderId() + " on this account");
        }
        if (command.amount() == null || !command.amount().isPositive() || command.amount().isGreaterThan(left)) {
            throw new RejectedException(REFUND_EXCEEDS_PURCHASE, "At most " + left + " is left of the order");
        }
        Money after = balance.plus(command.amount());
        apply(new WebshopOrderRefunded(accountId, command.orderId(), command.refundId(), command.placeId(),
                command.amount(), after));
        return after;
    }

    /** Whether charges on a payment card for this account may go on: not while the canteen card is blocked. */
    @CommandHandler
    boolean handle(CheckCanteenCardUsable command) {
        return status != AccountStatus.BLOCKED;
    }

    /**
     * The holder is being forgotten (decision record 16): refused while money is on the account (it is paid out
     * first); otherwise the automatic top-up ends and the card is blocked, so nothing more is charged or bought.
     */
    void closeForErasure() {
        if (balance.isPositive()) {
            throw new RejectedException(BALANCE_REMAINING, "The account holds " + balance
                    + ": pay it out before the person is forgotten");
        }
        funding.endForErasure();
        if (cardBlockedBy == null) {
            apply(new CardBlocked(accountId, currentCard, null, BlockOrigin.STAFF));
        }
        if (status != AccountStatus.BLOCKED) {
            apply(new AccountBlocked(accountId, null, BlockOrigin.STAFF));
            temporaryCards.end(TemporaryCardEnd.ACCOUNT_BLOCKED);
        }
    }

    /** Skoleår: schedules closing this leaver's account ({@link AccountClosure}). */
    void scheduleClosure(String closureId, LocalDate closesOn, BalanceDestination destination, String siblingId) {
        closure.schedule(closureId, closesOn, destination, siblingId);
    }

    /**
     * Skoleår: closes the leaver's account now: the balance goes where the closure says, automatic top-up ends, the
     * card is blocked and the account closed. Answers the closure (its sibling receives the balance), or null when
     * closed already.
     */
    AccountClosure.Closing closeAsLeaver(String closureId, LocalDate today, PersonalDataVault vault) {
        AccountClosure.Closing closing = closure.takeBalance(closureId, vault);
        if (closing != null) {
            funding.endForErasure();
            if (status != AccountStatus.BLOCKED) {
                apply(new CardBlocked(accountId, currentCard, null, BlockOrigin.STAFF));
            }
            closure.markClosed(closureId, today);
        }
        return closing;
    }

    /** Skoleår: a returning pupil's closed account opens again, with the card the school's list names. */
    void reopenForReturningPupil(String importId, CardNumber card) {
        if (closure.reopen(importId)) {
            if (cardBlockedBy != null) {
                apply(new CardUnblocked(accountId, currentCard, UnblockCause.REQUESTED));
            }
            if (card != null && !card.equals(currentCard)) {
                apply(new CardIssued(accountId, card));
            }
        }
    }

    /** Skoleår: a closing sibling's balance arrives. */
    void receiveFromLeaver(String closureId, String fromAccountId, Money amount) {
        closure.receive(closureId, fromAccountId, amount);
    }

    @EventSourcingHandler
    void on(CardAccountOpened event) {
        accountId = event.accountId();
        citizenId = event.citizenId();
        balance = Money.ZERO;
        status = AccountStatus.ACTIVE;
        allowedUnits = EnumSet.copyOf(event.allowedUnits());
        funding = new AccountFunding(accountId, () -> balance, () -> status == AccountStatus.BLOCKED);
        payout = new AccountPayout(accountId, event.citizenId(), () -> balance);
        spending = new AccountSpending(accountId);
        transfers = new AccountTransfers(accountId, () -> balance, () -> status == AccountStatus.BLOCKED);
        closure = new AccountClosure(accountId, event.citizenId(), () -> balance);
        temporaryCards = new TemporaryCards(accountId, () -> cardBlockedBy != null || pendingReplacement != null,
                () -> status == AccountStatus.BLOCKED);
        disputeRefunds = new AccountDisputeRefunds(accountId, () -> balance);
    }

    /** A transfer's debit, credit or reversal ({@link AccountTransfers} decides them). */
    @EventSourcingHandler
    void on(TransferMovement event) {
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(DisputeRefunded event) {
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(CardIssued event) {
        currentCard = event.cardNumber();
    }

    @EventSourcingHandler
    void on(PurchaseMade event) {
        balance = event.balanceAfter();
        purchases.put(event.purchaseId(), PurchaseRecord.of(event));
    }

    @EventSourcingHandler
    void on(OfflineSaleBooked event, @Timestamp Instant bookedAt) {
        offlineSales.record(event, balance, bookedAt);
        balance = event.balanceAfter();
        purchases.put(event.saleId(), PurchaseRecord.of(event));
    }

    @EventSourcingHandler
    void on(PurchaseRefunded event) {
        balance = event.balanceAfter();
        purchases.get(event.purchaseId()).recordRefund(event.amount(), event.lines());
        refunds.put(event.refundId(), new RefundRecord(event.purchaseId(), event.amount(), event.balanceAfter(),
                event.requestFingerprint()));
    }

    @EventSourcingHandler
    void on(MoneyDeposited event) {
        balance = event.balanceAfter();
        deposits.put(event.depositId(), event);
    }

    @EventSourcingHandler
    void on(FeeCharged event) {
        balance = event.balanceAfter();
        appliedOnce.add(event.feeId());
    }

    @EventSourcingHandler
    void on(BalancePaidOut event) {
        balance = event.balanceAfter();
        appliedOnce.add(event.payoutId());
    }

    @EventSourcingHandler
    void on(LeaverBalanceMoved event) {
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(LeaverBalanceReceived event) {
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(WebshopOrderCharged event) {
        balance = event.balanceAfter();
        webshopOrders.put(event.orderId(), event.amount());
    }

    @EventSourcingHandler
    void on(WebshopOrderRefunded event) {
        balance = event.balanceAfter();
        webshopOrders.computeIfPresent(event.orderId(), (id, left) -> left.minus(event.amount()));
        appliedOnce.add(event.refundId());
    }

    @EventSourcingHandler
    void on(CardBlocked event) {
        cardBlockedBy = event.blockedBy() == null ? BlockOrigin.STAFF : event.blockedBy();
    }

    @EventSourcingHandler
    void on(CardUnblocked event) {
        cardBlockedBy = null;
    }

    @EventSourcingHandler
    void on(AccountBlocked event) {
        status = AccountStatus.BLOCKED;
        blockedBy = event.blockedBy() == null ? BlockOrigin.STAFF : event.blockedBy();
    }

    @EventSourcingHandler
    void on(AccountUnblocked event) {
        status = AccountStatus.ACTIVE;
        blockedBy = null;
    }

    @EventSourcingHandler
    void on(ReplacementCardOrdered event) {
        pendingReplacement = new PendingReplacement(event.orderId(), event.newCardNumber());
        replacementOrders.put(event.orderId(), event.newCardNumber());
    }

    @EventSourcingHandler
    void on(ReplacementCardProduced event) {
        formerCards.add(event.oldCardNumber());
        currentCard = event.newCardNumber();
        pendingReplacement = null;
        appliedOnce.add(event.orderId());
    }

    @EventSourcingHandler
    void on(AllowedUnitsChanged event) {
        allowedUnits = event.allowedUnits().isEmpty()
                ? EnumSet.noneOf(UnitKind.class) : EnumSet.copyOf(event.allowedUnits());
    }

    private record PendingReplacement(String orderId, CardNumber newCard) {
    }

    private record RefundRecord(String purchaseId, Money amount, Money balanceAfter, String fingerprint) {
    }
}
