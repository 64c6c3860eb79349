package dk.kantinekort.command.account;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.REFUND_EXCEEDS_PURCHASE;

import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.account.PurchaseMade;
import dk.kantinekort.api.account.RefundLine;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.offline.OfflineSaleBooked;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** What the account remembers of a purchase: to replay its answer and to bound its refunds. */
final class PurchaseRecord {

    private final String placeId;
    private final CardNumber cardNumber;
    private final List<PurchaseLine> lines;
    private final int[] refundedQuantities;
    private final Money total;
    private final Money balanceAfter;
    private final String fingerprint;
    private Money refunded = Money.ZERO;

    private PurchaseRecord(PurchaseMade event) {
        this(event.placeId(), event.cardNumber(), event.lines(), event.total(), event.balanceAfter(),
                event.requestFingerprint());
    }

    private PurchaseRecord(String placeId, CardNumber cardNumber, List<PurchaseLine> lines, Money total,
                           Money balanceAfter, String fingerprint) {
        this.placeId = placeId;
        this.cardNumber = cardNumber;
        this.lines = List.copyOf(lines);
        this.refundedQuantities = new int[this.lines.size()];
        this.total = total;
        this.balanceAfter = balanceAfter;
        this.fingerprint = fingerprint;
    }

    static PurchaseRecord of(PurchaseMade event) {
        return new PurchaseRecord(event);
    }

    /** An offline sale is a purchase too: replayed by its key and refunded at its place like any other. */
    static PurchaseRecord of(OfflineSaleBooked event) {
        return new PurchaseRecord(event.placeId(), event.cardNumber(), event.lines(), event.total(),
                event.balanceAfter(), event.requestFingerprint());
    }

    /**
     * The amount a refund gives back: the given amount, or the value of the given lines. Throws when that is
     * more than what is left of the purchase.
     */
    Money refundAmount(Money amount, List<RefundLine> refundLines) {
        boolean byLines = refundLines != null && !refundLines.isEmpty();
        if (byLines == (amount != null)) {
            throw new RejectedException(INVALID_REQUEST, "A refund names either an amount or lines");
        }
        Money requested = byLines ? valueOf(refundLines, new int[lines.size()]) : amount;
        if (!requested.isPositive()) {
            throw new RejectedException(INVALID_REQUEST, "A refund must be positive");
        }
        Money left = total.minus(refunded);
        if (requested.isGreaterThan(left)) {
            throw new RejectedException(REFUND_EXCEEDS_PURCHASE,
                    "Refund of " + requested + " exceeds what is left of the purchase, " + left);
        }
        return requested;
    }

    void recordRefund(Money amount, List<RefundLine> refundLines) {
        refunded = refunded.plus(amount);
        if (refundLines != null && !refundLines.isEmpty()) {
            valueOf(refundLines, refundedQuantities);
        }
    }

    /** Values refund lines against the purchased lines in order, counting what they consume into {@code taken}. */
    private Money valueOf(List<RefundLine> refundLines, int[] taken) {
        int[] consumed = refundedQuantities.clone();
        Money value = Money.ZERO;
        for (RefundLine refundLine : refundLines) {
            if (refundLine.quantity() <= 0) {
                throw new RejectedException(INVALID_REQUEST, "Refund quantity of " + refundLine.sku() + " must be positive");
            }
            int wanted = refundLine.quantity();
            for (int i = 0; i < lines.size() && wanted > 0; i++) {
                PurchaseLine line = lines.get(i);
                if (line.sku().equals(refundLine.sku())) {
                    int take = Math.min(wanted, line.quantity() - consumed[i]);
                    consumed[i] += take;
                    taken[i] += take;
                    wanted -= take;
                    value = value.plus(line.unitPrice().times(take));
                }
            }
            if (wanted > 0) {
                throw new RejectedException(REFUND_EXCEEDS_PURCHASE,
                        "Refund of " + refundLine.quantity() + "x " + refundLine.sku() + " exceeds what was bought and not yet refunded");
            }
        }
        return value;
    }

    String placeId() {
        return placeId;
    }

    CardNumber cardNumber() {
        return cardNumber;
    }

    Money total() {
        return total;
    }

    Money balanceAfter() {
        return balanceAfter;
    }

    String fingerprint() {
        return fingerprint;
    }

    /** Value equality, so Axon's fixtures can tell that replaying the events rebuilds the same state. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PurchaseRecord other && placeId.equals(other.placeId)
                && cardNumber.equals(other.cardNumber) && lines.equals(other.lines)
                && Arrays.equals(refundedQuantities, other.refundedQuantities)
                && total.equals(other.total) && balanceAfter.equals(other.balanceAfter)
                && Objects.equals(fingerprint, other.fingerprint) && refunded.equals(other.refunded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(placeId, cardNumber, total, balanceAfter, fingerprint);
    }
}
