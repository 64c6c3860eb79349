package dk.kantinekort.api.audit;

import dk.kantinekort.api.money.Money;

/**
 * The ledger's totals over all accounts: money in (deposits + refunds), money out (purchases + fees + payouts), the
 * sum of the balances the events leave and the sum of the read model's balances. {@code balanced}: in = out + sum.
 */
public record LedgerTotals(Money deposits, Money refunds, Money purchases, Money fees, Money payouts, Money moneyIn,
                           Money moneyOut, Money sumOfBalances, Money sumOfReadModelBalances, boolean balanced) {
}
