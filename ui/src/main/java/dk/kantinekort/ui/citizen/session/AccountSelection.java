package dk.kantinekort.ui.citizen.session;

import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.shell.Answers;
import com.vaadin.flow.server.VaadinSession;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountSummary;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The card accounts the logged-in citizen may act on, and the one chosen in "Vælg konto" that drives every
 * page. The list is asked afresh from the query side each time, so an id from a URL or a stale selection is
 * only ever honoured when the citizen may act on it now.
 */
@Component
public class AccountSelection {

    private static final String SELECTED = AccountSelection.class.getName() + ".selected";

    private final QueryGateway queryGateway;
    private final CurrentCitizen currentCitizen;

    AccountSelection(QueryGateway queryGateway, CurrentCitizen currentCitizen) {
        this.queryGateway = queryGateway;
        this.currentCitizen = currentCitizen;
    }

    /** Own accounts first, then linked people's; empty when nobody is logged in. */
    public List<AccountSummary> accessibleAccounts() {
        Optional<String> citizenId = currentCitizen.citizenId();
        if (citizenId.isEmpty()) {
            return List.of();
        }
        List<AccountSummary> accounts = Answers.await(queryGateway.query(new FindAccessibleAccounts(citizenId.get()),
                ResponseTypes.multipleInstancesOf(AccountSummary.class)), "the accounts");
        return accounts == null ? List.of() : accounts;
    }

    /** The account with this id, when the citizen may act on it; the server-side check for ids from URLs. */
    public Optional<AccountSummary> accessible(String accountId) {
        return accessibleAccounts().stream().filter(a -> a.accountId().equals(accountId)).findFirst();
    }

    /**
     * What a page that acts on one account shows: every account the citizen may act on, the one to show, and whether
     * an account id from the address ({@code ?konto=}) was ignored because the citizen may not act on it.
     */
    public record Choice(List<AccountSummary> accessible, AccountSummary chosen, boolean requestIgnored) {
    }

    /**
     * Resolves a page's {@code ?konto=} with one question to the query side: honoured, and made the selection, when
     * the citizen may act on it; otherwise the selected account (or the first) is shown. Empty when the citizen has
     * no account; {@link IllegalStateException} when the accounts cannot be read.
     */
    public Optional<Choice> choose(Optional<String> requestedAccountId) {
        List<AccountSummary> accounts = accessibleAccounts();
        if (accounts.isEmpty()) {
            return Optional.empty();
        }
        Optional<AccountSummary> requested = requestedAccountId.filter(id -> !id.isBlank())
                .flatMap(id -> accounts.stream().filter(a -> a.accountId().equals(id)).findFirst());
        requested.ifPresent(a -> session().ifPresent(s -> s.setAttribute(SELECTED, a.accountId())));
        AccountSummary chosen = requested.or(() -> selectedAmong(accounts)).orElseThrow();
        return Optional.of(new Choice(accounts, chosen, requestedAccountId.isPresent() && requested.isEmpty()));
    }

    /** The chosen account, falling back to the citizen's first account. */
    public Optional<AccountSummary> selected() {
        return selectedAmong(accessibleAccounts());
    }

    /**
     * The chosen account among {@code accounts}, a list just asked with {@link #accessibleAccounts()}, falling back to
     * the first: for a caller that shows the list too, so one page asks the query side once, not twice.
     */
    public Optional<AccountSummary> selectedAmong(List<AccountSummary> accounts) {
        Object chosen = session().map(s -> s.getAttribute(SELECTED)).orElse(null);
        return accounts.stream().filter(a -> a.accountId().equals(chosen)).findFirst()
                .or(() -> accounts.stream().findFirst());
    }

    /** Chooses an account; refused (false) when the citizen may not act on it. */
    public boolean select(String accountId) {
        if (accessible(accountId).isEmpty()) {
            return false;
        }
        session().ifPresent(s -> s.setAttribute(SELECTED, accountId));
        return true;
    }

    private static Optional<VaadinSession> session() {
        return Optional.ofNullable(VaadinSession.getCurrent());
    }
}
