package dk.kantinekort.command.account;

import dk.kantinekort.api.payment.RequestAutoTopUpSignup;
import dk.kantinekort.api.payment.RequestDeposit;
import dk.kantinekort.api.payment.StartAutoTopUpSignup;
import dk.kantinekort.api.payment.StartDeposit;

/**
 * How a deposit or a top-up agreement the portal starts is priced before the account decides it: the terms in force
 * (bounds, fee, threshold), the receipt e-mail sealed, the hosted page's links checked. A port of the ledger,
 * implemented by the payments context (which the ledger does not know), so the account decides at once, in the
 * command's own transaction, and never waits for the provider. Refusals are {@code RejectedException}s.
 */
public interface DepositPricing {

    RequestDeposit deposit(StartDeposit command);

    RequestAutoTopUpSignup autoTopUp(StartAutoTopUpSignup command);
}
