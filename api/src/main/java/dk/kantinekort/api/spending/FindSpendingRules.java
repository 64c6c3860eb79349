package dk.kantinekort.api.spending;

/** The spending rules of an account as last set; answers {@link SpendingRulesView} (no rules when never set). */
public record FindSpendingRules(String accountId) {
}
