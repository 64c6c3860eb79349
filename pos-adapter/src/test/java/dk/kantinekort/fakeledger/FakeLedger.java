package dk.kantinekort.fakeledger;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.RefundLine;
import dk.kantinekort.api.account.RefundReceipt;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.till.AuthenticateTill;
import dk.kantinekort.api.till.BlockCardByNumber;
import dk.kantinekort.api.till.PurchaseWithCard;
import dk.kantinekort.api.till.RefundAtTill;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.api.till.UnblockCardByNumber;
import dk.kantinekort.pos.web.Fingerprint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;

/**
 * A small in-memory stand-in for the command side (and the read model's card look-up), behind real Axon
 * buses, until the real command side lands. It mimics the documented contract: declines as outcomes,
 * rejections as {@link RejectedException}, replays by id and fingerprint.
 */
public class FakeLedger {

    public static final String SCHOOL_TILL_TOKEN = "test-till-skole";
    public static final String CINEMA_TILL_TOKEN = "test-till-bio";
    public static final String REVOKED_TILL_TOKEN = "test-till-revoked";
    public static final String SLOW_CARD = "SLOW000001";
    /** Christian's live temporary card: its signed code, and what the ledger records (its id). */
    public static final String TEMPORARY_CODE = "MK000000011234567890";
    public static final String TEMPORARY_ID = "MK00000001";
    /** Codes the command side declines, as it would: a forged signature, an expired one, a revoked one. */
    public static final Map<String, DeclineReason> TEMPORARY_DECLINES = Map.of(
            "MK000000019999999999", DeclineReason.TEMPORARY_CARD_INVALID,
            "MK000000021234567890", DeclineReason.TEMPORARY_CARD_EXPIRED,
            "MK000000031234567890", DeclineReason.TEMPORARY_CARD_REVOKED);

    static final class Account {
        final String accountId;
        final String citizenId;
        final String cprDigits;
        CardNumber currentCard;
        final List<CardNumber> formerCards = new ArrayList<>();
        long balance;
        AccountStatus status = AccountStatus.ACTIVE;
        final Set<UnitKind> allowedUnits;

        Account(String accountId, String citizenId, String cprDigits, CardNumber card, long balance, Set<UnitKind> units) {
            this.accountId = accountId;
            this.citizenId = citizenId;
            this.cprDigits = cprDigits;
            this.currentCard = card;
            this.balance = balance;
            this.allowedUnits = units;
        }
    }

    record Purchase(String fingerprint, PurchaseOutcome.Approved outcome, String placeId, List<PurchaseLine> lines,
                    long[] refunded) {
    }

    private final Map<String, TillIdentity> tillsByTokenHash = new HashMap<>();
    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, Purchase> purchases = new HashMap<>();
    private final Map<String, RefundReceipt> refunds = new HashMap<>();
    private final Map<String, Long> deposits = new HashMap<>();

    public final List<String> handlerThreads = new CopyOnWriteArrayList<>();
    public final List<MetaData> commandMetadata = new CopyOnWriteArrayList<>();
    /** Every command and query any request sent to the ledger, as dispatched (before a handler is looked for). */
    public final List<Object> dispatched = new CopyOnWriteArrayList<>();
    public final AtomicInteger tillAuthentications = new AtomicInteger();
    public volatile CountDownLatch slowGate = new CountDownLatch(0);
    public volatile CountDownLatch slowEntered = new CountDownLatch(1);

    public FakeLedger() {
        reset();
    }

    /** Demo-like data: Christian (65,00 kr., all units), a school-only card (10,00 kr.), a former card. */
    public final synchronized void reset() {
        tillsByTokenHash.clear();
        accounts.clear();
        purchases.clear();
        refunds.clear();
        deposits.clear();
        handlerThreads.clear();
        commandMetadata.clear();
        dispatched.clear();
        tillAuthentications.set(0);
        lookups.clear();
        lookupsFail = false;
        slowGate = new CountDownLatch(0);
        slowEntered = new CountDownLatch(1);
        tillsByTokenHash.put(Fingerprint.sha256Hex(SCHOOL_TILL_TOKEN),
                new TillIdentity("till-skole-1", "place-skole", "Gladsaxe Skole", UnitKind.SCHOOL));
        tillsByTokenHash.put(Fingerprint.sha256Hex(CINEMA_TILL_TOKEN),
                new TillIdentity("till-bio-1", "place-bio", "Gladsaxe Bio", UnitKind.CINEMA));
        tillsByTokenHash.put(Fingerprint.sha256Hex(REVOKED_TILL_TOKEN),
                new TillIdentity("till-revoked", "place-skole", "Gladsaxe Skole", UnitKind.SCHOOL));
        Account christian = add("acc-christian", "2701821234", "1562265116", 6500, EnumSet.allOf(UnitKind.class));
        christian.formerCards.add(CardNumber.parse("OLD1562265"));
        add("acc-relation", "0101101234", "04579A22352680", 1000, EnumSet.of(UnitKind.SCHOOL));
        add("acc-blocked", "0202021234", "BLOCKED001", 5000, EnumSet.allOf(UnitKind.class)).status = AccountStatus.BLOCKED;
        add("acc-slow", "0303031234", SLOW_CARD, 100_000, EnumSet.allOf(UnitKind.class));
        seedDisputes();
    }

    private Account add(String accountId, String cpr, String card, long balance, Set<UnitKind> units) {
        Account a = new Account(accountId, "cit-" + accountId, cpr, CardNumber.parse(card), balance, units);
        accounts.put(accountId, a);
        return a;
    }

    /** The till holding this token loses its credential, as RevokeTillCredential would do. */
    public synchronized void revoke(String token) {
        tillsByTokenHash.remove(Fingerprint.sha256Hex(token));
    }

    public synchronized long balanceOf(String accountId) {
        return accounts.get(accountId).balance;
    }

    private Account byCard(CardNumber card) {
        return accounts.values().stream()
                .filter(a -> a.currentCard.equals(card) || a.formerCards.contains(card))
                .findFirst().orElse(null);
    }

    private TillIdentity till(String tillId) {
        if (tillId.equals("till-revoked")) {
            throw new RejectedException(RejectionCode.TILL_UNKNOWN, "The till's credential was revoked");
        }
        return tillsByTokenHash.values().stream().filter(t -> t.tillId().equals(tillId)).findFirst()
                .orElseThrow(() -> new RejectedException(RejectionCode.TILL_UNKNOWN, "Unknown till"));
    }

    private void record(MetaData metaData) {
        handlerThreads.add(Thread.currentThread().getName());
        commandMetadata.add(metaData);
    }

    @CommandHandler
    public PurchaseOutcome handle(PurchaseWithCard cmd, MetaData metaData) throws InterruptedException {
        record(metaData);
        if (cmd.cardNumber().value().equals(SLOW_CARD)) {
            slowEntered.countDown();
            slowGate.await(10, TimeUnit.SECONDS); // outside the lock: other requests go on meanwhile
        }
        synchronized (this) {
            TillIdentity till = till(cmd.tillId());
            Purchase earlier = purchases.get(cmd.purchaseId());
            if (earlier != null) {
                if (!earlier.fingerprint.equals(cmd.requestFingerprint())) {
                    throw new RejectedException(RejectionCode.IDEMPOTENCY_KEY_REUSED, "Idempotency key used for another purchase");
                }
                PurchaseOutcome.Approved a = earlier.outcome;
                return new PurchaseOutcome.Approved(a.purchaseId(), a.accountId(), a.cardNumber(), a.amount(),
                        a.balanceAfter(), a.autoTopUpTriggered(), true);
            }
            if (TEMPORARY_DECLINES.containsKey(cmd.cardNumber().value())) {
                return new PurchaseOutcome.Declined(cmd.purchaseId(), TEMPORARY_DECLINES.get(cmd.cardNumber().value()));
            }
            if (cmd.cardNumber().value().equals(TEMPORARY_CODE)) {
                Account christian = accounts.get("acc-christian");
                christian.balance -= cmd.total().ore();
                PurchaseOutcome.Approved approved = new PurchaseOutcome.Approved(cmd.purchaseId(), christian.accountId,
                        new CardNumber(TEMPORARY_ID), cmd.total(), Money.ofOre(christian.balance), false, false);
                purchases.put(cmd.purchaseId(), new Purchase(cmd.requestFingerprint(), approved, till.placeId(),
                        cmd.lines(), new long[1]));
                return approved;
            }
            Account account = byCard(cmd.cardNumber());
            DeclineReason decline = account == null ? DeclineReason.CARD_UNKNOWN
                    : !account.currentCard.equals(cmd.cardNumber()) ? DeclineReason.CARD_REPLACED
                    : account.status == AccountStatus.BLOCKED ? DeclineReason.CARD_BLOCKED
                    : !account.allowedUnits.contains(till.unitKind()) ? DeclineReason.UNIT_NOT_ALLOWED
                    : account.balance < cmd.total().ore() ? DeclineReason.INSUFFICIENT_FUNDS
                    : null;
            if (decline != null) {
                return new PurchaseOutcome.Declined(cmd.purchaseId(), decline);
            }
            account.balance -= cmd.total().ore();
            PurchaseOutcome.Approved approved = new PurchaseOutcome.Approved(cmd.purchaseId(), account.accountId,
                    account.currentCard, cmd.total(), Money.ofOre(account.balance), false, false);
            purchases.put(cmd.purchaseId(), new Purchase(cmd.requestFingerprint(), approved, till.placeId(),
                    cmd.lines(), new long[1]));
            return approved;
        }
    }

    @CommandHandler
    public synchronized RefundReceipt handle(RefundAtTill cmd, MetaData metaData) {
        record(metaData);
        TillIdentity till = till(cmd.tillId());
        RefundReceipt earlier = refunds.get(cmd.refundId());
        if (earlier != null) {
            return new RefundReceipt(earlier.refundId(), earlier.purchaseId(), earlier.accountId(), earlier.amount(),
                    earlier.balanceAfter(), true);
        }
        Purchase purchase = purchases.get(cmd.purchaseId());
        if (purchase == null) {
            throw new RejectedException(RejectionCode.PURCHASE_NOT_FOUND, "No such purchase");
        }
        if (!purchase.placeId.equals(till.placeId())) {
            throw new RejectedException(RejectionCode.WRONG_PLACE, "The purchase was made at another place");
        }
        long amount = cmd.amount() != null ? cmd.amount().ore() : 0;
        if (cmd.lines() != null) {
            for (RefundLine line : cmd.lines()) {
                PurchaseLine bought = purchase.lines.stream().filter(l -> l.sku().equals(line.sku())).findFirst()
                        .orElseThrow(() -> new RejectedException(RejectionCode.INVALID_REQUEST, "sku not in purchase"));
                amount += bought.unitPrice().ore() * line.quantity();
            }
        }
        if (purchase.refunded[0] + amount > purchase.outcome.amount().ore()) {
            throw new RejectedException(RejectionCode.REFUND_EXCEEDS_PURCHASE, "More than what is left of the purchase");
        }
        purchase.refunded[0] += amount;
        Account account = accounts.get(purchase.outcome.accountId());
        account.balance += amount;
        RefundReceipt receipt = new RefundReceipt(cmd.refundId(), cmd.purchaseId(), account.accountId,
                Money.ofOre(amount), Money.ofOre(account.balance), false);
        refunds.put(cmd.refundId(), receipt);
        return receipt;
    }

    @CommandHandler
    public synchronized AccountOpening handle(OpenAccountForPerson cmd, MetaData metaData) {
        record(metaData);
        Account known = accounts.values().stream().filter(a -> a.cprDigits.equals(cmd.cpr().digits())).findFirst().orElse(null);
        if (known != null) {
            return new AccountOpening(known.citizenId, known.accountId, known.currentCard, false);
        }
        if (byCard(cmd.cardNumber()) != null) {
            throw new RejectedException(RejectionCode.CARD_NUMBER_IN_USE, "The card belongs to someone else");
        }
        String accountId = UUID.randomUUID().toString();
        Account created = new Account(accountId, UUID.randomUUID().toString(), cmd.cpr().digits(), cmd.cardNumber(), 0,
                cmd.allowedUnits());
        accounts.put(accountId, created);
        return new AccountOpening(created.citizenId, accountId, created.currentCard, true);
    }

    @CommandHandler
    public synchronized Money handle(DepositMoney cmd, MetaData metaData) {
        record(metaData);
        Account account = accounts.get(cmd.accountId());
        if (account == null) {
            throw new RejectedException(RejectionCode.ACCOUNT_NOT_FOUND, "No such account");
        }
        if (deposits.containsKey(cmd.depositId())) {
            return Money.ofOre(deposits.get(cmd.depositId()));
        }
        if (account.status == AccountStatus.BLOCKED) {
            throw new RejectedException(RejectionCode.ACCOUNT_BLOCKED, "The account is blocked");
        }
        if (account.balance + cmd.amount().ore() > 2_000_000) {
            throw new RejectedException(RejectionCode.BALANCE_LIMIT_EXCEEDED, "Balance would exceed the limit");
        }
        account.balance += cmd.amount().ore();
        deposits.put(cmd.depositId(), account.balance);
        return Money.ofOre(account.balance);
    }

    /** The person "citizen-with-money" still has a balance; anyone else is forgotten. */
    @CommandHandler
    public synchronized void handle(dk.kantinekort.api.citizen.ForgetCitizen cmd, MetaData metaData) {
        record(metaData);
        if ("citizen-with-money".equals(cmd.citizenId())) {
            throw new RejectedException(RejectionCode.BALANCE_REMAINING, "An account holds money");
        }
    }

    @CommandHandler
    public synchronized String handle(BlockCardByNumber cmd, MetaData metaData) {
        record(metaData);
        Account account = current(cmd.cardNumber());
        account.status = AccountStatus.BLOCKED;
        return account.accountId;
    }

    @CommandHandler
    public synchronized String handle(UnblockCardByNumber cmd, MetaData metaData) {
        record(metaData);
        Account account = current(cmd.cardNumber());
        account.status = AccountStatus.ACTIVE;
        return account.accountId;
    }

    private Account current(CardNumber card) {
        Account account = byCard(card);
        if (account == null || !account.currentCard.equals(card)) {
            throw new RejectedException(RejectionCode.CARD_UNKNOWN, "No account has this card");
        }
        return account;
    }

    /** The audit API's history of one account: a single opening event, for any account id but "unknown". */
    @QueryHandler
    public java.util.List<dk.kantinekort.api.audit.AuditedEvent> handle(
            dk.kantinekort.api.audit.FindAccountHistory query) {
        if ("unknown".equals(query.accountId())) {
            return java.util.List.of();
        }
        return java.util.List.of(new dk.kantinekort.api.audit.AuditedEvent("e-1", query.accountId(), 0L,
                java.time.Instant.parse("2026-11-25T07:00:00Z"), "CardAccountOpened",
                "{\"accountId\":\"" + query.accountId() + "\",\"displayName\":\"Betalingskort\"}",
                "admin:api", "ADMIN_API", "c-1", null, null));
    }

    @QueryHandler
    public synchronized TillIdentity handle(AuthenticateTill query) {
        tillAuthentications.incrementAndGet();
        return tillsByTokenHash.get(query.tokenHash());
    }

    @QueryHandler
    public synchronized AccountSummary handle(FindAccountByCard query) {
        Account a = byCard(query.cardNumber());
        if (a == null) {
            return null;
        }
        return new AccountSummary(a.accountId, a.citizenId, "Holder", "270182-", "Holder", Money.ofOre(a.balance),
                a.status, a.currentCard.value(), a.formerCards.stream().map(CardNumber::value).toList(),
                a.allowedUnits, null, a.status == AccountStatus.BLOCKED ? dk.kantinekort.api.account.BlockOrigin.STAFF : null);
    }

    /** Staff look-ups recorded (issue 15); {@link #lookupsFail} makes recording fail, as an unreachable ledger would. */
    public final List<dk.kantinekort.api.lookup.StaffLookupRecorded> lookups = new CopyOnWriteArrayList<>();
    public volatile boolean lookupsFail;

    @CommandHandler
    public void handle(dk.kantinekort.api.lookup.RecordStaffLookup cmd, MetaData metaData) {
        commandMetadata.add(metaData);
        if (lookupsFail) {
            throw new IllegalStateException("The event store refuses writes");
        }
        lookups.add(new dk.kantinekort.api.lookup.StaffLookupRecorded(cmd.logId(), cmd.lookupId(),
                String.valueOf(metaData.get("actor")), cmd.channel(), cmd.searchedBy(), cmd.purpose(),
                cmd.citizenIds(), cmd.accountIds()));
    }

    @QueryHandler
    public dk.kantinekort.api.lookup.StaffLookupPage handle(dk.kantinekort.api.lookup.ListStaffLookups query) {
        java.util.List<dk.kantinekort.api.lookup.StaffLookupPage.Entry> entries = lookups.stream()
                .map(l -> new dk.kantinekort.api.lookup.StaffLookupPage.Entry(l.lookupId(), query.from(),
                        l.staffActor(), l.channel(), l.searchedBy(), l.purpose(), l.citizenIds(), l.accountIds()))
                .skip((long) query.page() * query.size()).limit(query.size()).toList();
        return new dk.kantinekort.api.lookup.StaffLookupPage(entries, lookups.size(), query.page(), query.size());
    }

    @QueryHandler
    public synchronized AccountSummary handle(dk.kantinekort.api.account.FindAccountSummary query) {
        Account a = accounts.get(query.accountId());
        return a == null ? null : handle(new FindAccountByCard(a.currentCard));
    }

    /** Indsigelser (issue 17): one open dispute on Christian's account and one answered. */
    public static final String OPEN_DISPUTE = "dispute:acc-christian:p-1";
    public static final String ANSWERED_DISPUTE = "dispute:acc-christian:p-2";
    private final Map<String, dk.kantinekort.api.dispute.DisputeView> disputes = new java.util.LinkedHashMap<>();

    private void seedDisputes() {
        disputes.clear();
        java.time.Instant at = java.time.Instant.parse("2026-12-01T11:00:00Z");
        disputes.put(OPEN_DISPUTE, new dk.kantinekort.api.dispute.DisputeView(OPEN_DISPUTE, "acc-christian", "p-1",
                dk.kantinekort.api.statement.StatementRowType.PURCHASE, Money.ofOre(-1400), at, "Jeg købte ikke det",
                at.plusSeconds(60), dk.kantinekort.api.dispute.DisputeState.OPEN, null, null));
        disputes.put(ANSWERED_DISPUTE, new dk.kantinekort.api.dispute.DisputeView(ANSWERED_DISPUTE, "acc-christian",
                "p-2", dk.kantinekort.api.statement.StatementRowType.PURCHASE, Money.ofOre(-300), at, "Forkert pris",
                at.plusSeconds(30), dk.kantinekort.api.dispute.DisputeState.REJECTED, null, "Prisen var rigtig"));
    }

    @QueryHandler
    public synchronized List<dk.kantinekort.api.dispute.DisputeView> handle(
            dk.kantinekort.api.dispute.ListDisputes query) {
        return disputes.values().stream().filter(d -> query.state() == null || d.state() == query.state()).toList();
    }

    @CommandHandler
    public synchronized void handle(dk.kantinekort.api.dispute.RefundDispute cmd, MetaData metaData) {
        answer(cmd.disputeId(), cmd, metaData);
    }

    @CommandHandler
    public synchronized void handle(dk.kantinekort.api.dispute.RejectDispute cmd, MetaData metaData) {
        answer(cmd.disputeId(), cmd, metaData);
    }

    /** As the Dispute aggregate: an unknown one is "no aggregate", an answered one DISPUTE_CLOSED. */
    private void answer(String disputeId, Object cmd, MetaData metaData) {
        dk.kantinekort.api.dispute.DisputeView dispute = disputes.get(disputeId);
        if (dispute == null) {
            throw new RejectedException(RejectionCode.ACCOUNT_NOT_FOUND, "No account " + disputeId);
        }
        if (dispute.state() != dk.kantinekort.api.dispute.DisputeState.OPEN) {
            throw new RejectedException(RejectionCode.DISPUTE_CLOSED, "The dispute was answered already");
        }
        commandMetadata.add(metaData);
        dispatched.add(cmd);
    }

    /** A temporary card's code as the command side checks it: Christian's live one, or the declines above. */
    @QueryHandler
    public synchronized dk.kantinekort.api.tempcard.TemporaryCardCheck handle(
            dk.kantinekort.api.tempcard.CheckTemporaryCard query) {
        String code = query.code().value();
        if (code.equals(TEMPORARY_CODE)) {
            return new dk.kantinekort.api.tempcard.TemporaryCardCheck("acc-christian", new CardNumber(TEMPORARY_ID),
                    null);
        }
        DeclineReason refusal = TEMPORARY_DECLINES.get(code);
        if (refusal == null || refusal == DeclineReason.TEMPORARY_CARD_INVALID) {
            return dk.kantinekort.api.tempcard.TemporaryCardCheck.invalid();
        }
        return new dk.kantinekort.api.tempcard.TemporaryCardCheck("acc-christian",
                new CardNumber(code.substring(0, 10)), refusal);
    }

    /** The right-of-access file of a citizen: their id and name only, enough to see it passed through. */
    @QueryHandler
    public String handle(dk.kantinekort.api.privacy.FindPersonalDataExport query) {
        return "{\"people\":[{\"personId\":\"" + query.citizenId() + "\",\"name\":\"Holder\"}]}";
    }
}
