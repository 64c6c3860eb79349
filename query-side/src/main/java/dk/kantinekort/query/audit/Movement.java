package dk.kantinekort.query.audit;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.FeeCharged;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseRefunded;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.dispute.DisputeRefunded;
import dk.kantinekort.api.transfer.TransferMovement;
import dk.kantinekort.api.offline.OfflineSaleBooked;
import dk.kantinekort.api.schoolyear.LeaverBalanceMoved;
import dk.kantinekort.api.schoolyear.LeaverBalanceReceived;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import dk.kantinekort.api.webshop.WebshopOrderRefunded;
import java.util.Optional;

/** What a balance-changing event did to the money: its kind and its amount, signed as it moves the balance. */
record Movement(Kind kind, Money signedAmount) {

    /** Money in (deposits, refunds) and money out (purchases, fees, payouts). */
    enum Kind {
        DEPOSIT, REFUND, PURCHASE, FEE, PAYOUT,
        /** Between two accounts (Overfør): signed as it moved this account; all transfers together add to nothing. */
        TRANSFER,
        /** Skoleår: a leaver's balance moved to a sibling's account; neither in nor out of the scheme. */
        SIBLING_MOVE;

        boolean isIn() {
            // TRANSFER counts as in, signed: what came in by transfers less what went out by them
            return this == DEPOSIT || this == REFUND || this == TRANSFER;
        }
    }

    /** The movement of an event; empty for a balance-changing event this audit does not know yet. */
    static Optional<Movement> of(BalanceChanged event) {
        if (event instanceof MoneyDeposited e) {
            return Optional.of(new Movement(Kind.DEPOSIT, e.amount()));
        }
        if (event instanceof PurchaseRefunded e) {
            return Optional.of(new Movement(Kind.REFUND, e.amount()));
        }
        if (event instanceof PurchaseMade e) {
            return Optional.of(new Movement(Kind.PURCHASE, Money.ZERO.minus(e.total())));
        }
        if (event instanceof OfflineSaleBooked e) {
            return Optional.of(new Movement(Kind.PURCHASE, Money.ZERO.minus(e.total())));
        }
        if (event instanceof FeeCharged e) {
            return Optional.of(new Movement(Kind.FEE, Money.ZERO.minus(e.amount())));
        }
        if (event instanceof WebshopOrderCharged e) {
            return Optional.of(new Movement(Kind.PURCHASE, Money.ZERO.minus(e.amount())));
        }
        if (event instanceof WebshopOrderRefunded e) {
            return Optional.of(new Movement(Kind.REFUND, e.amount()));
        }
        if (event instanceof LeaverBalanceMoved e) {
            return Optional.of(new Movement(Kind.SIBLING_MOVE, Money.ZERO.minus(e.amount())));
        }
        if (event instanceof LeaverBalanceReceived e) {
            return Optional.of(new Movement(Kind.SIBLING_MOVE, e.amount()));
        }
        if (event instanceof BalancePaidOut e) {
            return Optional.of(new Movement(Kind.PAYOUT, Money.ZERO.minus(e.amount())));
        }
        if (event instanceof DisputeRefunded e) {
            return Optional.of(new Movement(Kind.REFUND, e.amount()));
        }
        if (event instanceof TransferMovement e) {
            return Optional.of(new Movement(Kind.TRANSFER, e.signedAmount()));
        }
        return Optional.empty();
    }
}
