package dk.kantinekort.command.account;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.CardBlocked;
import dk.kantinekort.api.account.CardIssued;
import dk.kantinekort.api.account.CardUnblocked;
import dk.kantinekort.api.account.AccountBlocked;
import dk.kantinekort.api.account.AccountUnblocked;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.FeeCharged;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseRefunded;
import dk.kantinekort.api.account.ReplacementCardOrdered;
import dk.kantinekort.api.account.ReplacementCardProduced;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.AutoTopUpAgreed;
import dk.kantinekort.api.payment.AutoTopUpCancelled;
import dk.kantinekort.api.payment.AutoTopUpFailed;
import dk.kantinekort.api.payment.AutoTopUpSignupRequested;
import dk.kantinekort.api.payment.AutoTopUpTriggered;
import dk.kantinekort.api.payment.DepositAbandoned;
import dk.kantinekort.api.payment.DepositRequested;
import dk.kantinekort.api.payment.DepositSettled;
import dk.kantinekort.api.payment.PayoutRejected;
import dk.kantinekort.api.payment.PayoutRequested;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import dk.kantinekort.api.webshop.WebshopOrderRefunded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An account's event stream read back and folded by rules written independently of the aggregate: the ledger's
 * laws are checked on every event ({@link #of} throws an AssertionError naming the first event that breaks one),
 * and what the stream leaves (balance, block, cards, open purchases, deposits, top-up, payout) is what the
 * property test picks its next command from.
 */
final class AccountHistory {

    record Purchase(String placeId, Money total) {
    }

    final List<Object> events;
    Money balance = Money.ZERO;
    /** The current card is blocked (lost): the account still works. */
    boolean blocked;
    boolean blockedByStaff;
    /** The whole account is blocked (staff): nothing works. */
    boolean accountBlocked;
    CardNumber currentCard;
    final Set<CardNumber> formerCards = new HashSet<>();
    final Map<String, Purchase> purchases = new LinkedHashMap<>();
    final Map<String, Money> refundedOfPurchase = new HashMap<>();
    final Map<String, Money> webshopOrders = new LinkedHashMap<>();
    final Map<String, Money> refundedOfWebshopOrder = new HashMap<>();
    final Map<String, DepositRequested> openDeposits = new LinkedHashMap<>();
    String pendingAgreementId;
    AutoTopUpAgreed agreement;
    AutoTopUpTriggered topUpInFlight;
    String pendingReplacementOrder;
    String pendingPayoutId;
    private final Set<String> creditedDeposits = new HashSet<>();
    private final Set<String> settledDeposits = new HashSet<>();
    private final Set<String> fees = new HashSet<>();
    private final Set<String> refunds = new HashSet<>();
    private final Set<String> payouts = new HashSet<>();
    private final Set<String> triggeredTopUps = new HashSet<>();

    private AccountHistory(List<Object> events) {
        this.events = List.copyOf(events);
    }

    static AccountHistory of(List<Object> events) {
        AccountHistory history = new AccountHistory(events);
        for (int i = 0; i < events.size(); i++) {
            try {
                history.apply(events.get(i));
            } catch (AssertionError broken) {
                throw new AssertionError("Event " + i + " " + events.get(i) + " breaks a law: "
                        + broken.getMessage() + "\nHistory: " + describe(events), broken);
            }
        }
        return history;
    }

    static String describe(List<Object> events) {
        List<String> names = new ArrayList<>();
        events.forEach(event -> names.add(event.getClass().getSimpleName()));
        return String.join(", ", names);
    }

    private void apply(Object event) {
        if (event instanceof BalanceChanged changed) {
            moveMoney(changed);
        }
        if (event instanceof CardIssued issued) {
            currentCard = issued.cardNumber();
        } else if (event instanceof CardBlocked cardBlocked) {
            blocked = true;
            blockedByStaff = cardBlocked.blockedBy() != BlockOrigin.CITIZEN;
        } else if (event instanceof CardUnblocked ignored) {
            blocked = false;
            blockedByStaff = false;
        } else if (event instanceof AccountBlocked ignored) {
            accountBlocked = true;
        } else if (event instanceof AccountUnblocked ignored) {
            accountBlocked = false;
        } else if (event instanceof PurchaseMade made) {
            law(!blocked, "no purchase is charged while the card is blocked");
            law(!accountBlocked, "no purchase is charged while the account is blocked");
            law(made.cardNumber().equals(currentCard), "a purchase is charged only to the card in use");
            law(purchases.put(made.purchaseId(), new Purchase(made.placeId(), made.total())) == null,
                    "a purchase id is charged once");
        } else if (event instanceof PurchaseRefunded refunded) {
            Purchase purchase = purchases.get(refunded.purchaseId());
            law(purchase != null, "a refund belongs to a purchase on the account");
            law(purchase.placeId().equals(refunded.placeId()), "only the purchase's own place refunds it");
            Money sum = refundedOfPurchase.merge(refunded.purchaseId(), refunded.amount(), Money::plus);
            law(!sum.isGreaterThan(purchase.total()), "refunds never exceed the purchase");
            law(refunds.add(refunded.refundId()), "a refund id is paid once");
        } else if (event instanceof MoneyDeposited deposited) {
            law(creditedDeposits.add(deposited.depositId()), "a deposit is credited once");
            law(!(accountBlocked && deposited.method() == DepositMethod.CASH),
                    "no new money is taken in while the account is blocked");
            if (deposited.method() == DepositMethod.AUTO_TOP_UP) {
                law(topUpInFlight != null && topUpInFlight.topUpId().equals(deposited.depositId())
                                && topUpInFlight.amount().equals(deposited.amount()),
                        "a top-up credits exactly the triggered top-up");
            }
        } else if (event instanceof FeeCharged fee) {
            law(fees.add(fee.feeId()), "a fee is charged once");
        } else if (event instanceof BalancePaidOut paid) {
            law(paid.balanceAfter().equals(Money.ZERO), "a payout empties the account");
            law(payouts.add(paid.payoutId()), "a payout is paid once");
            if (paid.payoutId().equals(pendingPayoutId)) {
                pendingPayoutId = null;
            }
        } else if (event instanceof WebshopOrderCharged charged) {
            law(!accountBlocked, "no webshop order is paid from a blocked account");
            law(webshopOrders.put(charged.orderId(), charged.amount()) == null, "a webshop order is charged once");
        } else if (event instanceof WebshopOrderRefunded refunded) {
            Money charged = webshopOrders.get(refunded.orderId());
            law(charged != null, "a webshop refund belongs to a charged order");
            Money sum = refundedOfWebshopOrder.merge(refunded.orderId(), refunded.amount(), Money::plus);
            law(!sum.isGreaterThan(charged), "webshop refunds never exceed the order");
            law(refunds.add(refunded.refundId()), "a refund id is paid once");
        } else if (event instanceof DepositRequested requested) {
            openDeposits.put(requested.depositId(), requested);
        } else if (event instanceof DepositSettled settled) {
            law(settledDeposits.add(settled.depositId()), "a deposit is settled once");
            openDeposits.remove(settled.depositId());
            if (topUpInFlight != null && topUpInFlight.topUpId().equals(settled.depositId())) {
                topUpInFlight = null;
            }
        } else if (event instanceof DepositAbandoned abandoned) {
            openDeposits.remove(abandoned.depositId());
        } else if (event instanceof AutoTopUpSignupRequested requested) {
            pendingAgreementId = requested.agreementId();
        } else if (event instanceof AutoTopUpAgreed agreed) {
            agreement = agreed;
            pendingAgreementId = null;
        } else if (event instanceof AutoTopUpCancelled ignored) {
            agreement = null;
            pendingAgreementId = null;
        } else if (event instanceof AutoTopUpTriggered triggered) {
            law(topUpInFlight == null, "at most one top-up is in flight");
            law(agreement != null, "a top-up is triggered only under an agreement");
            law(triggeredTopUps.add(triggered.topUpId()), "a purchase triggers at most one top-up");
            topUpInFlight = triggered;
        } else if (event instanceof AutoTopUpFailed failed) {
            if (topUpInFlight != null && topUpInFlight.topUpId().equals(failed.topUpId())) {
                topUpInFlight = null;
            }
        } else if (event instanceof ReplacementCardOrdered ordered) {
            law(pendingReplacementOrder == null, "one replacement card at a time");
            pendingReplacementOrder = ordered.orderId();
        } else if (event instanceof ReplacementCardProduced produced) {
            law(produced.oldCardNumber().equals(currentCard), "the card replaced is the card in use");
            formerCards.add(produced.oldCardNumber());
            currentCard = produced.newCardNumber();
            law(!formerCards.contains(currentCard), "a new card has a number never used on the account");
            pendingReplacementOrder = null;
        } else if (event instanceof PayoutRequested requested) {
            law(pendingPayoutId == null, "one payout request waits at a time");
            pendingPayoutId = requested.payoutId();
        } else if (event instanceof PayoutRejected ignored) {
            pendingPayoutId = null;
        }
    }

    /** Balance = the sum of the money events: each one states the balance it leaves, and it must add up. */
    private void moveMoney(BalanceChanged changed) {
        Money expected;
        if (changed instanceof MoneyDeposited e) {
            expected = balance.plus(e.amount());
        } else if (changed instanceof PurchaseRefunded e) {
            expected = balance.plus(e.amount());
        } else if (changed instanceof WebshopOrderRefunded e) {
            expected = balance.plus(e.amount());
        } else if (changed instanceof PurchaseMade e) {
            expected = balance.minus(e.total());
        } else if (changed instanceof FeeCharged e) {
            expected = balance.minus(e.amount());
        } else if (changed instanceof BalancePaidOut e) {
            expected = balance.minus(e.amount());
        } else if (changed instanceof WebshopOrderCharged e) {
            expected = balance.minus(e.amount());
        } else {
            throw new AssertionError("a money event this test does not know: " + changed);
        }
        law(changed.balanceAfter().equals(expected),
                "the balance after (" + changed.balanceAfter() + ") is the balance before ± the amount (" + expected + ")");
        law(!changed.balanceAfter().isNegative(), "the balance never goes below zero");
        boolean holdersOwnMoney = changed instanceof PurchaseRefunded || changed instanceof WebshopOrderRefunded
                || changed instanceof MoneyDeposited d && d.method() == DepositMethod.AUTO_TOP_UP;
        law(!changed.balanceAfter().isGreaterThan(Limits.MAX_BALANCE) || holdersOwnMoney,
                "the balance stays within " + Limits.MAX_BALANCE
                        + " (only money that is the holder's already, a refund or a charged top-up, may pass it)");
        balance = changed.balanceAfter();
    }

    private static void law(boolean holds, String law) {
        if (!holds) {
            throw new AssertionError(law);
        }
    }
}
