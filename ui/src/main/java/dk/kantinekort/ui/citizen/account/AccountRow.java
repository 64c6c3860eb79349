package dk.kantinekort.ui.citizen.account;

import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.relation.RelationSummary;
import java.util.List;
import java.util.Optional;

/** A row of Mine Konti: a person, one of their card accounts beneath, or a link request still waiting. */
sealed interface AccountRow {

    /** A person the citizen may act for: themselves ("Dig selv") or someone linked to them. */
    record Person(String citizenId, String name, boolean self, String cprMasked, List<AccountSummary> accounts)
            implements AccountRow {

        public Person {
            accounts = List.copyOf(accounts);
        }

        /** What all the person's accounts hold together. */
        Money balance() {
            return Money.ofOre(accounts.stream().mapToLong(a -> a.balance().ore()).sum());
        }

        /** The status the accounts share; empty when they differ (the rows beneath tell) or there are none. */
        Optional<AccountStatus> status() {
            List<AccountStatus> statuses = accounts.stream().map(AccountSummary::status).distinct().toList();
            return statuses.size() == 1 ? Optional.of(statuses.get(0)) : Optional.empty();
        }

        /** The account the person's own row acts on: only when there is exactly one. */
        Optional<AccountSummary> onlyAccount() {
            return accounts.size() == 1 ? Optional.of(accounts.get(0)) : Optional.empty();
        }
    }

    /** One card account under its holder. */
    record Account(AccountSummary summary) implements AccountRow {
    }

    /** A request of the citizen's own that waits for the other person ("Afventer godkendelse"). */
    record PendingLink(RelationSummary relation) implements AccountRow {
    }
}
