package dk.kantinekort.ui.citizen.layout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import dk.kantinekort.ui.shell.format.AccountNames;

/**
 * "Vælg konto": every card account the citizen may act on. Choosing one makes it the account all pages act on
 * and shows the current page again for it.
 */
class AccountSwitcher extends Composite<Select<AccountSummary>> {

    private final AccountSelection selection;
    private Map<String, Long> accountsPerHolder = Map.of();
    private boolean showing;

    AccountSwitcher(AccountSelection selection) {
        this.selection = selection;
        Select<AccountSummary> select = getContent();
        select.setId("account-switcher");
        select.setLabel(getTranslation("shell.switcher.label"));
        select.setItemLabelGenerator(this::label);
        select.addValueChangeListener(event -> {
            if (!showing && event.getValue() != null) {
                choose(event.getValue());
            }
        });
    }

    /** Lists these accounts with the selected one chosen; does not count as the citizen's choice. */
    void show(List<AccountSummary> accounts, Optional<AccountSummary> selected) {
        showing = true;
        try {
            accountsPerHolder = accounts.stream()
                    .collect(Collectors.groupingBy(AccountSummary::citizenId, Collectors.counting()));
            Select<AccountSummary> select = getContent();
            select.setItems(accounts);
            // the item itself, not an equal copy from another query: a balance may have changed in between
            String selectedId = selected.map(AccountSummary::accountId).orElse(null);
            select.setValue(accounts.stream().filter(a -> a.accountId().equals(selectedId)).findFirst()
                    .orElse(null));
        } finally {
            showing = false;
        }
    }

    private void choose(AccountSummary account) {
        if (selection.select(account.accountId())) {
            UI ui = UI.getCurrent();
            String path = ui.getInternals().getActiveViewLocation().getPath();
            if (ui.getInternals().getActiveViewLocation().getQueryParameters().getParameters().isEmpty()) {
                ui.refreshCurrentRoute(false);
            } else {
                // a "?konto=" in the address would otherwise win over the account just chosen
                ui.navigate(path);
            }
        } else {
            // access was withdrawn since the list was shown
            Notification.show(getTranslation("shell.switcher.not-accessible"));
            List<AccountSummary> accounts = selection.accessibleAccounts();
            show(accounts, selection.selectedAmong(accounts));
        }
    }

    private String label(AccountSummary account) {
        boolean severalAccounts = accountsPerHolder.getOrDefault(account.citizenId(), 1L) > 1;
        return severalAccounts
                ? account.holderName() + " – " + AccountNames.of(account, this::getTranslation)
                : Objects.requireNonNullElse(account.holderName(), "");
    }
}
