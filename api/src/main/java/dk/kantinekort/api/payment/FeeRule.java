package dk.kantinekort.api.payment;

import dk.kantinekort.api.money.Money;

/**
 * The fee of one payment method: a fixed part plus a share of the amount in basis points (1/100 %), rounded
 * to the nearest øre. The citizen pays amount + fee; the canteen card is credited the amount.
 */
public record FeeRule(long fixedOre, int basisPoints) {

    public static final FeeRule NONE = new FeeRule(0, 0);

    public FeeRule {
        if (fixedOre < 0 || basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("A fee is a fixed øre amount >= 0 plus 0-10000 basis points");
        }
    }

    public Money feeFor(Money amount) {
        long share = (amount.ore() * basisPoints + 5_000) / 10_000;
        return Money.ofOre(fixedOre + share);
    }
}
