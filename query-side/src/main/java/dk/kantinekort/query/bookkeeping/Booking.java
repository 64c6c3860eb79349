package dk.kantinekort.query.bookkeeping;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.account.BalancePaidOut;
import dk.kantinekort.api.account.FeeCharged;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.PurchaseRefunded;
import dk.kantinekort.api.bookkeeping.BookkeepingLine;
import dk.kantinekort.api.payment.DepositSettled;
import dk.kantinekort.api.subscription.SubscriptionPeriodCharged;
import dk.kantinekort.api.webshop.DeliveryCharged;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import dk.kantinekort.api.webshop.WebshopOrderRefunded;
import dk.kantinekort.api.dispute.DisputeRefunded;
import dk.kantinekort.api.offline.OfflineSaleBooked;
import dk.kantinekort.api.schoolyear.LeaverBalanceMoved;
import dk.kantinekort.api.schoolyear.LeaverBalanceReceived;
import dk.kantinekort.api.transfer.TransferMovement;
import java.util.ArrayList;
import java.util.List;

/**
 * What an event books: one or more lines with amounts (positive øre; the line says which way the money went) and
 * the place it belongs to (null for the scheme as a whole). Balance-changing events this class does not know are
 * booked as {@code OTHER_IN}/{@code OTHER_OUT} by the change of the account's balance, so the books still add up
 * and show that something unnamed moved money.
 */
record Booking(BookkeepingLine line, long amount, String placeId) {

    /** The bookings of an event; {@code previousBalance} is the account's balance before it (for unknown kinds). */
    static List<Booking> of(Object payload, long previousBalance) {
        List<Booking> bookings = new ArrayList<>(2);
        if (payload instanceof MoneyDeposited e) {
            bookings.add(new Booking(deposits(e), e.amount().ore(), null));
        } else if (payload instanceof PurchaseMade e) {
            bookings.add(new Booking(BookkeepingLine.SALES, e.total().ore(), e.placeId()));
        } else if (payload instanceof PurchaseRefunded e) {
            bookings.add(new Booking(BookkeepingLine.REFUNDS, e.amount().ore(), e.placeId()));
        } else if (payload instanceof WebshopOrderCharged e) {
            bookings.add(new Booking(BookkeepingLine.WEBSHOP_CANTEEN_CARD, e.amount().ore(), e.placeId()));
        } else if (payload instanceof WebshopOrderRefunded e) {
            bookings.add(new Booking(BookkeepingLine.WEBSHOP_REFUNDS, e.amount().ore(), e.placeId()));
        } else if (payload instanceof FeeCharged e) {
            bookings.add(new Booking(BookkeepingLine.FEES_FROM_BALANCE, e.amount().ore(), null));
        } else if (payload instanceof BalancePaidOut e) {
            bookings.add(new Booking(BookkeepingLine.PAYOUTS, e.amount().ore(), null));
        } else if (payload instanceof OfflineSaleBooked e) {
            bookings.add(new Booking(BookkeepingLine.SALES, e.total().ore(), e.placeId())); // sold while offline
        } else if (payload instanceof DisputeRefunded e) {
            bookings.add(new Booking(BookkeepingLine.REFUNDS, e.amount().ore(), null)); // staff upheld a dispute
        } else if (payload instanceof TransferMovement || payload instanceof LeaverBalanceMoved
                || payload instanceof LeaverBalanceReceived) {
            long change = ((BalanceChanged) payload).balanceAfter().ore() - previousBalance;
            if (change != 0) {
                bookings.add(new Booking(change > 0 ? BookkeepingLine.MOVED_IN : BookkeepingLine.MOVED_OUT,
                        Math.abs(change), null));
            }
        } else if (payload instanceof BalanceChanged e) {
            long change = e.balanceAfter().ore() - previousBalance;
            if (change != 0) {
                bookings.add(new Booking(change > 0 ? BookkeepingLine.OTHER_IN : BookkeepingLine.OTHER_OUT,
                        Math.abs(change), null));
            }
        } else if (payload instanceof DeliveryCharged e) {
            bookings.add(new Booking(BookkeepingLine.WEBSHOP_PAYMENT_CARD, e.amount().ore(), e.placeId()));
            fee(bookings, e.fee());
        } else if (payload instanceof SubscriptionPeriodCharged e) {
            bookings.add(new Booking(BookkeepingLine.SUBSCRIPTIONS, e.amount().ore(), null));
            fee(bookings, e.fee());
        } else if (payload instanceof DepositSettled e) {
            fee(bookings, e.fee());
        }
        return bookings;
    }

    /** The signed effect on the liability: + in, − out, 0 for card money beside the balance. */
    long liabilityEffect() {
        return switch (line.effect()) {
            case IN -> amount;
            case OUT -> -amount;
            case CARD -> 0;
        };
    }

    private static void fee(List<Booking> bookings, dk.kantinekort.api.money.Money fee) {
        if (fee != null && fee.ore() != 0) {
            bookings.add(new Booking(BookkeepingLine.CARD_FEES, fee.ore(), null));
        }
    }

    private static BookkeepingLine deposits(MoneyDeposited e) {
        if (e.method() == null) {
            return BookkeepingLine.DEPOSITS_MANUAL_CORRECTION;
        }
        return switch (e.method()) {
            case CASH -> BookkeepingLine.DEPOSITS_CASH;
            case PAYMENT_CARD -> BookkeepingLine.DEPOSITS_PAYMENT_CARD;
            case MOBILEPAY -> BookkeepingLine.DEPOSITS_MOBILEPAY;
            case AUTO_TOP_UP -> BookkeepingLine.DEPOSITS_AUTO_TOP_UP;
            case MANUAL_CORRECTION -> BookkeepingLine.DEPOSITS_MANUAL_CORRECTION;
        };
    }
}
