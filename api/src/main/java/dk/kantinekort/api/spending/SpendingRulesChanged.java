package dk.kantinekort.api.spending;

import org.axonframework.serialization.Revision;

/** The account's spending rules are these from now on (all of them: a rule left out was lifted). */
@Revision("1")
public record SpendingRulesChanged(String accountId, SpendingRules rules) {
}
