package dk.kantinekort.ui.citizen.account;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RelationSummary;
import dk.kantinekort.ui.citizen.relation.Relations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Mine Konti shows, decided without a browser: the citizen first, then the people linked to them in the
 * order the query side lists their accounts, each with their accounts; then the citizen's own requests that
 * wait; and how many requests wait for the citizen's answer.
 */
record MyAccounts(List<AccountRow.Person> persons, List<AccountRow.PendingLink> pending, int waitingForMe) {

    static MyAccounts of(String me, List<AccountSummary> accessibleAccounts, List<RelationSummary> relations) {
        Map<String, List<AccountSummary>> byHolder = new LinkedHashMap<>();
        byHolder.put(me, new ArrayList<>()); // first, even without an account of one's own
        accessibleAccounts.forEach(a -> byHolder.computeIfAbsent(a.citizenId(), id -> new ArrayList<>()).add(a));

        List<AccountRow.Person> persons = new ArrayList<>();
        byHolder.forEach((citizenId, accounts) -> {
            if (!accounts.isEmpty()) { // no account of one's own: nothing to show for "Dig selv"
                AccountSummary first = accounts.get(0);
                persons.add(new AccountRow.Person(citizenId, first.holderName(), citizenId.equals(me),
                        first.cprMasked(), accounts));
            }
        });
        // a person linked to me whose accounts the query side does not list (yet): still one of my people
        relations.stream()
                .filter(r -> r.status() == RelationStatus.ACTIVE && r.requestedBy(me) && r.ownerId() != null)
                .filter(r -> persons.stream().noneMatch(p -> p.citizenId().equals(r.ownerId())))
                .forEach(r -> persons.add(new AccountRow.Person(r.ownerId(), r.ownerName(), false, r.cprMasked(),
                        List.of())));

        List<AccountRow.PendingLink> pending = Relations.sentBy(me, relations).stream()
                .map(AccountRow.PendingLink::new).toList();
        return new MyAccounts(List.copyOf(persons), pending, Relations.waitingFor(me, relations).size());
    }
}
