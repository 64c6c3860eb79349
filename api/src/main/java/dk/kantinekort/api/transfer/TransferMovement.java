package dk.kantinekort.api.transfer;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.money.Money;

/** An event of a transfer that moved money on one of its two accounts. */
public sealed interface TransferMovement extends BalanceChanged
        permits TransferDebited, TransferCredited, TransferReversed {

    String transferId();

    Money amount();

    /** The amount as it moved this account's balance: negative for the debit, positive for a credit or a reversal. */
    Money signedAmount();
}
