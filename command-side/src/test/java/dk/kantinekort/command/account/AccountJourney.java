package dk.kantinekort.command.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.ChargeFee;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.FeeKind;
import dk.kantinekort.api.account.OpenCardAccount;
import dk.kantinekort.api.account.OrderReplacementCard;
import dk.kantinekort.api.account.PayOutBalance;
import dk.kantinekort.api.account.ProduceReplacementCard;
import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseOutcome;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AbandonDeposit;
import dk.kantinekort.api.payment.ActivateAutoTopUp;
import dk.kantinekort.api.payment.ApprovePayout;
import dk.kantinekort.api.payment.BeginAutoTopUpCharge;
import dk.kantinekort.api.payment.CancelAutoTopUp;
import dk.kantinekort.api.payment.CompleteAutoTopUp;
import dk.kantinekort.api.payment.DeclineDeposit;
import dk.kantinekort.api.payment.DepositRequested;
import dk.kantinekort.api.payment.FailAutoTopUp;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.payment.RejectPayout;
import dk.kantinekort.api.payment.RequestAutoTopUpSignup;
import dk.kantinekort.api.payment.RequestDeposit;
import dk.kantinekort.api.payment.RequestPayout;
import dk.kantinekort.api.payment.SettleDeposit;
import dk.kantinekort.api.webshop.ChargeWebshopOrder;
import dk.kantinekort.api.webshop.RefundWebshopOrder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One random journey of one card account: each {@link Step} is turned into a command that fits (or on purpose
 * does not fit) the account as its events left it, sent, and checked against the step's own rule; the whole stream
 * is then checked by {@link AccountHistory}.
 */
final class AccountJourney {
    private static final PaymentPageLinks PAGE_LINKS = new PaymentPageLinks("http://127.0.0.1:8080/indbetaling/kvittering",
            "http://127.0.0.1:8080/indbetaling", "http://127.0.0.1:8080/handelsbetingelser");


    /** What a step does; the step's amount, pick and variant fill in the details. */
    enum Move {
        DEPOSIT, PURCHASE, PURCHASE_WITH_OTHER_CARD, REFUND, FEE, BLOCK, UNBLOCK, BLOCK_ACCOUNT, UNBLOCK_ACCOUNT,
        ORDER_REPLACEMENT,
        PRODUCE_REPLACEMENT, PAY_OUT, REQUEST_PAYOUT, DECIDE_PAYOUT, OPEN_PROVIDER_DEPOSIT, SETTLE_PROVIDER_DEPOSIT,
        STAFF_SETTLES_DEPOSIT, DROP_PROVIDER_DEPOSIT, SIGN_UP_TOP_UP, ACTIVATE_TOP_UP, CANCEL_TOP_UP, CHARGE_TOP_UP,
        WEBSHOP_CHARGE, WEBSHOP_REFUND, REPEAT
    }

    /** One random step: {@code pick} chooses among what exists, {@code variant} the other branch of the move. */
    record Step(Move move, long amount, int pick, boolean variant) {
    }

    private record Sent(Object command, Map<String, String> metaData, Object answer) {
    }

    static final String OWNER = "citizen-owner";
    static final String PLACE_A = "place-a";
    static final String PLACE_B = "place-b";
    private static final Map<String, String> PORTAL = Metadata.of(Metadata.citizen(OWNER), Metadata.Channel.PORTAL, "c");
    private static final Map<String, String> STAFF = Metadata.of(Metadata.admin("admin"), Metadata.Channel.ADMIN_API, "c");
    private static final Map<String, String> TILL = Metadata.of(Metadata.till("till-a"), Metadata.Channel.TILL, "c");
    private static final Map<String, String> PROVIDER = Metadata.of(Metadata.system("psp"),
            Metadata.Channel.PAYMENT_PROVIDER, "c");

    private static final java.util.concurrent.atomic.AtomicLong FIRST_CARDS =
            new java.util.concurrent.atomic.AtomicLong(1_000_000_000L);

    private final AccountLedger ledger;
    private final String accountId = "acc-" + UUID.randomUUID();
    private final List<Sent> repeatable = new ArrayList<>();
    private AccountHistory history;
    private int ids;

    AccountJourney(AccountLedger ledger) {
        this.ledger = ledger;
        CardNumber card = new CardNumber(String.valueOf(FIRST_CARDS.incrementAndGet()));
        AccountLedger.Answer opened = ledger.send(new OpenCardAccount(accountId, OWNER, null, card,
                EnumSet.allOf(UnitKind.class)), STAFF);
        assertThat(opened.refused()).isFalse();
        history = AccountHistory.of(ledger.events(accountId));
    }

    String accountId() {
        return accountId;
    }

    AccountHistory history() {
        return history;
    }

    void take(Step step) {
        AccountHistory before = history;
        Sent sent = commandFor(step, before);
        if (sent == null) {
            return;
        }
        AccountLedger.Answer answer = ledger.send(sent.command(), sent.metaData());
        history = AccountHistory.of(ledger.events(accountId));
        String context = step + " -> " + sent.command() + " answered " + answer;
        if (answer.refused()) {
            assertThat(history.events).as("a refused command leaves no trace: " + context).hasSameSizeAs(before.events);
        } else if (step.move() != Move.REPEAT && isIdempotent(sent.command(), answer.value())) {
            repeatable.add(new Sent(sent.command(), sent.metaData(), answer.value()));
        }
        checkStep(step, sent, answer, before, context);
    }

    /** Tries a purchase with the card in use now, and answers why it was declined (null when it was charged). */
    DeclineReason purchaseNow(Money total) {
        AccountLedger.Answer answer = ledger.send(purchase(nextId("p"), history.currentCard, total, PLACE_A), TILL);
        history = AccountHistory.of(ledger.events(accountId));
        return answer.value() instanceof PurchaseOutcome.Declined declined ? declined.reason() : null;
    }

    private Sent commandFor(Step step, AccountHistory now) {
        Money amount = Money.ofOre(step.amount());
        String place = step.variant() ? PLACE_B : PLACE_A;
        switch (step.move()) {
            case DEPOSIT:
                // mostly larger than a purchase, so journeys have money to spend
                return sent(new DepositMoney(accountId, nextId("d"),
                        step.pick() % 4 == 0 ? amount : Money.ofOre(step.amount() * 20), DepositMethod.CASH,
                        step.variant() ? "kasse 3" : null), STAFF);
            case PURCHASE:
                return sent(purchase(nextId("p"), now.currentCard, amount, place), TILL);
            case PURCHASE_WITH_OTHER_CARD: {
                CardNumber card = !now.formerCards.isEmpty() && step.variant()
                        ? List.copyOf(now.formerCards).get(step.pick() % now.formerCards.size())
                        : new CardNumber("9" + step.pick() + "99999");
                return sent(purchase(nextId("p"), card, amount, place), TILL);
            }
            case REFUND: {
                if (now.purchases.isEmpty()) {
                    return sent(new RefundPurchase(accountId, nextId("r"), "no-such-purchase", place, "till",
                            amount, null, "fp"), TILL);
                }
                String purchaseId = List.copyOf(now.purchases.keySet()).get(step.pick() % now.purchases.size());
                AccountHistory.Purchase purchase = now.purchases.get(purchaseId);
                Money refund = step.pick() % 3 == 0 ? amount
                        : Money.ofOre(1 + Math.floorMod(step.amount(), purchase.total().ore()));
                String refundPlace = step.pick() % 7 == 0 ? otherPlace(purchase.placeId()) : purchase.placeId();
                String refundId = nextId("r");
                return sent(new RefundPurchase(accountId, refundId, purchaseId, refundPlace, "till", refund, null,
                        "fp-" + refundId), TILL);
            }
            case FEE:
                return sent(new ChargeFee(accountId, nextId("fee"), amount, FeeKind.TRANSACTION), STAFF);
            case BLOCK:
                return sent(new BlockCard(accountId, "mistet"), step.variant() ? STAFF : PORTAL);
            case UNBLOCK:
                return sent(new UnblockCard(accountId), step.variant() ? STAFF : PORTAL);
            case BLOCK_ACCOUNT:
                return sent(new dk.kantinekort.api.account.BlockAccount(accountId, "misbrug"), STAFF);
            case UNBLOCK_ACCOUNT:
                return sent(new dk.kantinekort.api.account.UnblockAccount(accountId), step.variant() ? STAFF : PORTAL);
            case ORDER_REPLACEMENT:
                return sent(new OrderReplacementCard(accountId, now.pendingReplacementOrder != null && step.variant()
                        ? now.pendingReplacementOrder : nextId("order")), step.pick() % 2 == 0 ? PORTAL : STAFF);
            case PRODUCE_REPLACEMENT:
                return sent(new ProduceReplacementCard(accountId, now.pendingReplacementOrder != null
                        && step.pick() % 5 != 0
                        ? now.pendingReplacementOrder : nextId("order")), STAFF);
            case PAY_OUT:
                return sent(new PayOutBalance(accountId, nextId("payout"), "NemKonto"), STAFF);
            case REQUEST_PAYOUT:
                return sent(RequestPayout.toNemKonto(accountId, nextId("payout")), PORTAL);
            case DECIDE_PAYOUT: {
                String payoutId = now.pendingPayoutId != null ? now.pendingPayoutId : nextId("payout");
                return step.variant() ? sent(new ApprovePayout(accountId, payoutId), STAFF)
                        : sent(new RejectPayout(accountId, payoutId, "Kontoen findes ikke"), STAFF);
            }
            case OPEN_PROVIDER_DEPOSIT:
                return sent(new RequestDeposit(accountId, nextId("dep"), amount,
                        Money.ofOre(step.pick() % 2 == 0 ? 0 : 150),
                        step.variant() ? DepositMethod.PAYMENT_CARD : DepositMethod.MOBILEPAY, null, PAGE_LINKS), PORTAL);
            case SETTLE_PROVIDER_DEPOSIT: {
                DepositRequested open = pick(now.openDeposits.values(), step.pick());
                if (open == null) {
                    return sent(new SettleDeposit(accountId, "no-such-deposit", "pay-x", amount, "VISA", null),
                            PROVIDER);
                }
                Money total = open.amount().plus(open.fee());
                return sent(new SettleDeposit(accountId, open.depositId(), "pay-" + open.depositId(),
                        step.variant() ? total : total.plus(Money.ofOre(1)), "VISA", "XXXX XXXX XXXX 1234"),
                        PROVIDER);
            }
            case STAFF_SETTLES_DEPOSIT: {
                DepositRequested open = pick(now.openDeposits.values(), step.pick());
                return open == null ? null : sent(new DepositMoney(accountId, nextId("man"),
                        step.variant() ? open.amount() : amount, DepositMethod.MANUAL_CORRECTION, "bilag 7",
                        open.depositId()), STAFF);
            }
            case DROP_PROVIDER_DEPOSIT: {
                DepositRequested open = pick(now.openDeposits.values(), step.pick());
                if (open == null) {
                    return null;
                }
                return step.variant() ? sent(new AbandonDeposit(accountId, open.depositId(), "udløbet"), PROVIDER)
                        : sent(new DeclineDeposit(accountId, open.depositId(), "pay-" + open.depositId(),
                        PaymentDeclineReason.INSUFFICIENT_FUNDS), PROVIDER);
            }
            case SIGN_UP_TOP_UP:
                if (now.pendingAgreementId != null && step.pick() % 4 != 0) {
                    return sent(new ActivateAutoTopUp(accountId, now.pendingAgreementId, "pay-a", "token-1", "VISA",
                            "XXXX 1234", "12/30"), PROVIDER);
                }
                return sent(new RequestAutoTopUpSignup(accountId, nextId("agr"), amount, Money.ofOre(150),
                        Money.ofOre(step.pick() * 100L), null, PAGE_LINKS), PORTAL);
            case ACTIVATE_TOP_UP:
                return sent(new ActivateAutoTopUp(accountId, now.pendingAgreementId != null
                        ? now.pendingAgreementId : nextId("agr"), "pay-a", "token-1", "VISA", "XXXX 1234", "12/30"),
                        PROVIDER);
            case CANCEL_TOP_UP:
                return sent(new CancelAutoTopUp(accountId), PORTAL);
            case CHARGE_TOP_UP: {
                if (now.topUpInFlight == null) {
                    return null;
                }
                String topUpId = now.topUpInFlight.topUpId();
                AccountLedger.Answer begin = ledger.send(new BeginAutoTopUpCharge(accountId, topUpId),
                        Map.of());
                assertThat(begin.value()).as("a top-up is not charged onto a blocked card")
                        .isEqualTo(!now.accountBlocked && now.agreement != null
                                && now.agreement.agreementId().equals(now.topUpInFlight.agreementId()));
                if (!Boolean.TRUE.equals(begin.value())) {
                    history = AccountHistory.of(ledger.events(accountId));
                    return null;
                }
                return step.variant() ? sent(new CompleteAutoTopUp(accountId, topUpId, "pay-" + topUpId, "ch-1"),
                        PROVIDER) : sent(new FailAutoTopUp(accountId, topUpId, PaymentDeclineReason.CARD_EXPIRED),
                        PROVIDER);
            }
            case WEBSHOP_CHARGE:
                return sent(new ChargeWebshopOrder(accountId, nextId("web"), place, amount), PORTAL);
            case WEBSHOP_REFUND: {
                String orderId = now.webshopOrders.isEmpty() ? "no-such-order"
                        : List.copyOf(now.webshopOrders.keySet()).get(step.pick() % now.webshopOrders.size());
                Money left = now.webshopOrders.getOrDefault(orderId, Money.ZERO)
                        .minus(now.refundedOfWebshopOrder.getOrDefault(orderId, Money.ZERO));
                Money refund = step.variant() || !left.isPositive() ? amount
                        : Money.ofOre(1 + Math.floorMod(step.amount(), left.ore()));
                return sent(new RefundWebshopOrder(accountId, orderId, nextId("wr"), PLACE_A, refund), STAFF);
            }
            case REPEAT: {
                Sent earlier = pick(repeatable, step.pick());
                return earlier;
            }
            default:
                throw new IllegalStateException("No command for " + step.move());
        }
    }

    private void checkStep(Step step, Sent sent, AccountLedger.Answer answer, AccountHistory before, String context) {
        Object command = sent.command();
        AccountHistory after = history;
        if (step.move() == Move.REPEAT) {
            assertThat(after.events).as("a repeat changes nothing: " + context).hasSameSizeAs(before.events);
            assertThat(answer.refused()).as("a repeat is answered, not refused: " + context).isFalse();
            if (sent.answer() instanceof PurchaseOutcome.Approved first) {
                assertThat(answer.value()).as("a repeated purchase answers the first outcome: " + context)
                        .isEqualTo(new PurchaseOutcome.Approved(first.purchaseId(), first.accountId(),
                                first.cardNumber(), first.amount(), first.balanceAfter(), first.autoTopUpTriggered(),
                                true));
            }
            if (command instanceof OrderReplacementCard) {
                assertThat(answer.value()).as("a repeated order answers the first card: " + context)
                        .isEqualTo(sent.answer());
            }
            return;
        }
        if (command instanceof MakePurchase purchase && !answer.refused()) {
            PurchaseOutcome outcome = (PurchaseOutcome) answer.value();
            boolean wellFormed = purchase.total().isPositive()
                    && !purchase.total().isGreaterThan(Limits.MAX_PURCHASE);
            assertThat(wellFormed).as("a malformed purchase is refused, not declined: " + context).isTrue();
            DeclineReason expected = before.formerCards.contains(purchase.cardNumber()) ? DeclineReason.CARD_REPLACED
                    : !purchase.cardNumber().equals(before.currentCard) ? DeclineReason.CARD_UNKNOWN
                    : before.accountBlocked ? DeclineReason.ACCOUNT_BLOCKED
                    : before.blocked ? DeclineReason.CARD_BLOCKED
                    : before.balance.isLessThan(purchase.total()) ? DeclineReason.INSUFFICIENT_FUNDS : null;
            if (expected == null) {
                assertThat(outcome).as("a covered purchase on an active card is charged: " + context)
                        .isInstanceOf(PurchaseOutcome.Approved.class);
                assertThat(((PurchaseOutcome.Approved) outcome).balanceAfter())
                        .isEqualTo(before.balance.minus(purchase.total()));
            } else {
                assertThat(outcome).as("declined for the first rule that stops it: " + context)
                        .isEqualTo(new PurchaseOutcome.Declined(purchase.purchaseId(), expected));
            }
        }
        if (command instanceof MakePurchase && answer.refused()) {
            assertThat(answer.refusal().code()).as(context).isEqualTo(RejectionCode.INVALID_REQUEST);
        }
        if (command instanceof DepositMoney deposit && deposit.settlesDepositId() == null && before.accountBlocked) {
            assertThat(answer.refused()).as("no cash onto a blocked account: " + context).isTrue();
        }
        if (command instanceof RefundPurchase refund && before.purchases.containsKey(refund.purchaseId())
                && !before.purchases.get(refund.purchaseId()).placeId().equals(refund.placeId())) {
            assertThat(answer.refused()).as("another place's till cannot refund: " + context).isTrue();
            assertThat(answer.refusal().code()).isEqualTo(RejectionCode.WRONG_PLACE);
        }
        if (command instanceof ChargeFee fee && before.balance.isLessThan(fee.amount())) {
            assertThat(answer.refused()).as("a fee the balance cannot cover is refused: " + context).isTrue();
        }
        if (command instanceof UnblockCard && before.blocked && before.blockedByStaff && sent.metaData() == PORTAL) {
            assertThat(answer.refused()).as("the citizen cannot lift staff's block: " + context).isTrue();
            assertThat(after.blocked).isTrue();
        }
        if (command instanceof dk.kantinekort.api.account.UnblockAccount && before.accountBlocked
                && sent.metaData() == PORTAL) {
            assertThat(answer.refused()).as("the citizen cannot lift the account's block: " + context).isTrue();
            assertThat(after.accountBlocked).isTrue();
        }
        if (command instanceof dk.kantinekort.api.account.BlockAccount) {
            assertThat(after.accountBlocked).as("an account block holds at once: " + context).isTrue();
        }
        if (command instanceof BlockCard) {
            assertThat(after.blocked).as("a block holds at once: " + context).isTrue();
        }
        if (command instanceof ProduceReplacementCard && !answer.refused()
                && !before.events.equals(after.events)) {
            assertThat(after.blocked).as("a produced card lifts the citizen's block, never staff's: " + context)
                    .isEqualTo(before.blocked && before.blockedByStaff);
        }
        if (command instanceof SettleDeposit settle && !answer.refused()
                && before.openDeposits.containsKey(settle.depositId())) {
            DepositRequested open = before.openDeposits.get(settle.depositId());
            boolean exact = settle.charged().equals(open.amount().plus(open.fee()))
                    && !before.balance.plus(open.amount()).isGreaterThan(Limits.MAX_BALANCE);
            assertThat(after.balance).as("a settled deposit credits its amount, a wrong charge nothing: " + context)
                    .isEqualTo(exact ? before.balance.plus(open.amount()) : before.balance);
        }
        if ((command instanceof PayOutBalance || command instanceof ApprovePayout) && !answer.refused()) {
            assertThat(after.balance).as("a payout empties the account: " + context).isEqualTo(Money.ZERO);
        }
    }

    private boolean isIdempotent(Object command, Object answer) {
        if (command instanceof MakePurchase) {
            return answer instanceof PurchaseOutcome.Approved;
        }
        return command instanceof DepositMoney || command instanceof RefundPurchase || command instanceof ChargeFee
                || command instanceof PayOutBalance || command instanceof SettleDeposit
                || command instanceof CompleteAutoTopUp || command instanceof ApprovePayout
                || command instanceof RejectPayout || command instanceof ChargeWebshopOrder
                || command instanceof RefundWebshopOrder || command instanceof OrderReplacementCard
                || command instanceof ProduceReplacementCard;
    }

    private MakePurchase purchase(String purchaseId, CardNumber card, Money total, String place) {
        List<PurchaseLine> lines = List.of(new PurchaseLine("MAD", "Dagens ret", 1, total));
        return new MakePurchase(accountId, purchaseId, card, place, "till-" + place, UnitKind.SCHOOL, lines, total,
                "fp-" + purchaseId);
    }

    private static String otherPlace(String place) {
        return PLACE_A.equals(place) ? PLACE_B : PLACE_A;
    }

    private static <T> T pick(java.util.Collection<T> from, int pick) {
        return from.isEmpty() ? null : List.copyOf(from).get(pick % from.size());
    }

    private Sent sent(Object command, Map<String, String> metaData) {
        return new Sent(command, metaData, null);
    }

    private String nextId(String kind) {
        return kind + "-" + (++ids);
    }
}
