package dk.kantinekort.query.account;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.account.FindAccountsOfCitizen;
import dk.kantinekort.api.account.ListAccounts;
import dk.kantinekort.api.account.SearchAccountsByBirthDate;
import dk.kantinekort.api.account.SearchAccountsByHolder;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.query.relation.RelationReadModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static dk.kantinekort.query.account.AccountCollections.ACCOUNT_ID;
import static dk.kantinekort.query.account.AccountCollections.CPR_MASKED;
import static dk.kantinekort.query.account.AccountCollections.HOLDER_NAME;
import static dk.kantinekort.query.account.AccountCollections.ID;

/** Answers the account queries from the summaries; every look-up goes by {@code _id}. */
@Component
class AccountQueryHandlers {

    static final int MAX_PAGE = 1_000;

    private final AccountCollections collections;
    private final CitizenReadModel citizens;
    private final RelationReadModel relations;

    AccountQueryHandlers(AccountCollections collections, CitizenReadModel citizens, RelationReadModel relations) {
        this.collections = collections;
        this.citizens = citizens;
        this.relations = relations;
    }

    @QueryHandler
    AccountSummary handle(FindAccountSummary query) {
        return summary(query.accountId());
    }

    @QueryHandler
    AccountSummary handle(FindAccountByCard query) {
        if (query.cardNumber() == null) {
            return null;
        }
        Document card = collections.cardNumbers.find(Filters.eq(ID, query.cardNumber().value())).first();
        return card == null ? null : summary(card.getString(ACCOUNT_ID));
    }

    @QueryHandler
    List<AccountSummary> handle(FindAccountsOfCitizen query) {
        List<String> accountIds = citizens.accountIdsOf(query.citizenId());
        if (accountIds.isEmpty()) {
            return List.of();
        }
        Map<String, AccountSummary> found = new HashMap<>();
        collections.summaries.find(Filters.in(ID, accountIds))
                .forEach(d -> found.put(d.getString(ID), AccountSummaryDocument.toSummary(d)));
        // in the order the accounts were opened
        return accountIds.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Own accounts first, then those of the people linked to, by name (F2). */
    @QueryHandler
    List<AccountSummary> handle(FindAccessibleAccounts query) {
        List<AccountSummary> accessible = new ArrayList<>(handle(new FindAccountsOfCitizen(query.citizenId())));
        relations.ownersLinkedTo(query.citizenId()).stream()
                .filter(owner -> !owner.equals(query.citizenId()))
                .distinct()
                .map(owner -> handle(new FindAccountsOfCitizen(owner)))
                .sorted(Comparator.comparing(accounts -> accounts.isEmpty() || accounts.get(0).holderName() == null
                        ? "" : accounts.get(0).holderName()))
                .forEach(accessible::addAll);
        return accessible;
    }

    @QueryHandler
    List<AccountSummary> handle(ListAccounts query) {
        int limit = Math.max(1, Math.min(query.limit(), MAX_PAGE));
        return collections.summaries.find()
                .sort(Sorts.ascending(HOLDER_NAME, ID))
                .skip(Math.max(0, query.offset()))
                .limit(limit)
                .map(AccountSummaryDocument::toSummary)
                .into(new ArrayList<>());
    }

    /** Staff support: holder names containing the text, case ignored (the text is quoted, never a pattern). */
    @QueryHandler
    List<AccountSummary> handle(SearchAccountsByHolder query) {
        if (query.text() == null || query.text().isBlank()) {
            return List.of();
        }
        int limit = Math.max(1, Math.min(query.limit(), MAX_PAGE));
        return collections.summaries.find(Filters.regex(HOLDER_NAME, Pattern.quote(query.text().strip()), "i"))
                .sort(Sorts.ascending(HOLDER_NAME, ID))
                .limit(limit)
                .map(AccountSummaryDocument::toSummary)
                .into(new ArrayList<>());
    }

    @QueryHandler
    List<AccountSummary> handle(SearchAccountsByBirthDate query) {
        if (query.ddmmyy() == null || !query.ddmmyy().matches("\\d{6}")) {
            return List.of();
        }
        int limit = Math.max(1, Math.min(query.limit(), MAX_PAGE));
        return collections.summaries.find(Filters.eq(CPR_MASKED, query.ddmmyy() + "-"))
                .sort(Sorts.ascending(HOLDER_NAME, ID))
                .limit(limit)
                .map(AccountSummaryDocument::toSummary)
                .into(new ArrayList<>());
    }

    private AccountSummary summary(String accountId) {
        if (accountId == null) {
            return null;
        }
        Document document = collections.summaries.find(Filters.eq(ID, accountId)).first();
        return document == null ? null : AccountSummaryDocument.toSummary(document);
    }
}
