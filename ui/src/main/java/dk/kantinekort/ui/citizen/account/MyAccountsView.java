package dk.kantinekort.ui.citizen.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.relation.RelationSummary;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.citizen.spending.BalanceDialog;
import dk.kantinekort.ui.citizen.spending.BalanceHistory;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.citizen.relation.ApproveLinksView;
import dk.kantinekort.ui.citizen.relation.WhoHasAccess;
import dk.kantinekort.ui.citizen.relation.LinkAnswers;
import dk.kantinekort.ui.citizen.relation.Relations;
import dk.kantinekort.ui.citizen.relation.AddAccountView;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.citizen.transfer.TransferDialog;
import dk.kantinekort.ui.citizen.transfer.Transfers;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.session.CitizenGuard;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import dk.kantinekort.ui.citizen.layout.MenuItem;
import dk.kantinekort.ui.citizen.layout.PortalMenu;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.shell.format.AccountNames;

/**
 * "Mine Konti" (F2), the landing page: the citizen and the people linked to them, each unfolding to their card
 * accounts; balance and status; the actions per account; the citizen's own link requests that still wait; and who
 * has access to the citizen ("Hvem har adgang"), to end.
 */
@Route(value = Routes.MY_ACCOUNTS, layout = MainLayout.class)
@PermitAll
public class MyAccountsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(MyAccountsView.class);

    private final AccountSelection selection;
    private final Relations relations;
    private final LinkAnswers answers;
    private final CurrentCitizen currentCitizen;
    private final PortalMenu menu;
    private final Branding branding;
    private final SchemeParts parts;

    private final TreeGrid<AccountRow> grid = new TreeGrid<>();
    private final Button approveLinks = new Button();
    private final Paragraph unavailable = new Paragraph();
    private final Button transfer = new Button();
    private final Transfers transfers;
    private final WhoHasAccess whoHasAccess;
    private final OfflineDebtNotice offlineDebt = new OfflineDebtNotice();
    private final boolean offlineOn;
    /** Forbrug: the balance over time, while the part is on. */
    private final BalanceHistory balances;

    MyAccountsView(AccountSelection selection, Relations relations, LinkAnswers answers,
                  CurrentCitizen currentCitizen, PortalMenu menu, Branding branding, Transfers transfers,
                  ObjectProvider<SchemeParts> parts, ObjectProvider<BalanceHistory> balances) {
        this.selection = selection;
        this.transfers = transfers;
        this.relations = relations;
        this.answers = answers;
        this.currentCitizen = currentCitizen;
        this.menu = menu;
        this.branding = branding;
        this.parts = parts.getIfAvailable(SchemeParts::allOn);
        this.offlineOn = this.parts.isOn(SchemePart.OFFLINE_SALES);
        this.balances = this.parts.isOn(SchemePart.SPENDING_CHARTS) ? balances.getIfAvailable() : null;
        setWidthFull();

        Button addAccount = new Button(getTranslation("accounts.add"),
                click -> UI.getCurrent().navigate(AddAccountView.class));
        addAccount.setId("add-account");
        approveLinks.setId("approve-links");
        approveLinks.addClickListener(click -> UI.getCurrent().navigate(ApproveLinksView.class));
        transfer.setId("transfer");
        transfer.setText(getTranslation("transfer.open"));
        transfer.setVisible(false);
        transfer.addClickListener(click -> new TransferDialog(transfers, selection::accessibleAccounts,
                selection.selected().map(AccountSummary::accountId), this::load).open());
        HorizontalLayout toolbar = new HorizontalLayout(approveLinks, addAccount, transfer);
        toolbar.setWrap(true);

        unavailable.setId("accounts-unavailable");
        unavailable.setText(getTranslation("accounts.unavailable"));
        unavailable.getElement().setAttribute("role", "alert");

        configureGrid();
        whoHasAccess = new WhoHasAccess(answers, this::load);
        add(new H2(getTranslation("accounts.title")), toolbar, unavailable, offlineDebt, grid, whoHasAccess);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CitizenGuard.admits(event, currentCitizen)) {
            load();
        }
    }

    private void configureGrid() {
        grid.setId("accounts");
        grid.setAriaLabel(getTranslation("accounts.title")); // named on its table, where screen readers look
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        // not sortable: "Dig selv" first, then linked people, then waiting requests is the order that matters
        grid.addHierarchyColumn(this::name).setKey("name").setHeader(getTranslation("accounts.column.name"))
                .setAutoWidth(true).setFlexGrow(1).setSortable(false);
        grid.addColumn(this::cpr).setKey("cpr").setHeader(getTranslation("accounts.column.cpr")).setAutoWidth(true);
        grid.addColumn(this::balance).setKey("balance").setHeader(getTranslation("accounts.column.balance"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(this::status).setKey("status").setHeader(getTranslation("accounts.column.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("accounts.column.actions"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("accounts.empty"));
    }

    private void load() {
        String me = currentCitizen.require();
        boolean complete = true;
        List<AccountSummary> accounts = List.of();
        List<RelationSummary> links = List.of();
        try {
            accounts = selection.accessibleAccounts();
        } catch (IllegalStateException e) {
            log.warn("Accounts for Mine Konti unavailable: {}", e.toString());
            complete = false;
        }
        try {
            links = relations.of(me);
        } catch (IllegalStateException e) {
            log.warn("Links for Mine Konti unavailable: {}", e.toString());
            complete = false;
        }
        unavailable.setVisible(!complete);
        // Overfør needs two accounts the citizen may act on, and the municipality's consent
        transfer.setVisible(transfers.enabled() && accounts.size() >= 2);
        show(MyAccounts.of(me, accounts, links));
        if (offlineOn) {
            offlineDebt.show(accounts);
        }
        whoHasAccess.show(me, links);
    }

    private void show(MyAccounts overview) {
        TreeData<AccountRow> data = new TreeData<>();
        for (AccountRow.Person person : overview.persons()) {
            data.addItem(null, person);
            person.accounts().forEach(account -> data.addItem(person, new AccountRow.Account(account)));
        }
        overview.pending().forEach(link -> data.addItem(null, link));
        grid.setDataProvider(new TreeDataProvider<>(data));

        int waiting = overview.waitingForMe();
        approveLinks.setText(waiting > 0 ? getTranslation("accounts.approve-links.count", waiting)
                : getTranslation("accounts.approve-links"));
        approveLinks.setClassName("has-waiting", waiting > 0);
        if (waiting > 0) {
            approveLinks.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            approveLinks.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    // Java 17: instanceof patterns, not switch patterns
    private String name(AccountRow row) {
        if (row instanceof AccountRow.Person person) {
            String name = Objects.requireNonNullElse(person.name(), "");
            return person.self() ? getTranslation("accounts.self", name) : name;
        }
        if (row instanceof AccountRow.Account account) {
            return accountName(account.summary());
        }
        return pendingName(((AccountRow.PendingLink) row).relation());
    }

    /**
     * A request of mine that waits, named by what I typed: the masked CPR number and the card number if I gave one.
     * Never the owner's name, so it does not tell whether the CPR number is anyone's.
     */
    private String pendingName(RelationSummary request) {
        String cpr = Objects.requireNonNullElse(request.cprMasked(), "");
        String card = request.cardNumberTyped() == null ? "" : request.cardNumberTyped().strip();
        return card.isEmpty() ? getTranslation("accounts.pending.name", cpr)
                : getTranslation("accounts.pending.name-with-card", cpr, card);
    }

    private String accountName(AccountSummary account) {
        return AccountNames.label(account, this::getTranslation);
    }

    private String cpr(AccountRow row) {
        if (row instanceof AccountRow.Person person) {
            return Objects.requireNonNullElse(person.cprMasked(), "");
        }
        if (row instanceof AccountRow.PendingLink link) {
            return Objects.requireNonNullElse(link.relation().cprMasked(), "");
        }
        return "";
    }

    private String balance(AccountRow row) {
        if (row instanceof AccountRow.Person person) {
            return person.accounts().isEmpty() ? "" : DanishFormat.money(person.balance());
        }
        if (row instanceof AccountRow.Account account) {
            return DanishFormat.money(account.summary().balance());
        }
        return "";
    }

    private String status(AccountRow row) {
        if (row instanceof AccountRow.Person person) {
            return person.onlyAccount().map(only -> getTranslation("accounts.status." + statusKey(only)))
                    .orElseGet(() -> person.status().map(s -> getTranslation("accounts.status." + s.name())).orElse(""));
        }
        if (row instanceof AccountRow.Account account) {
            return getTranslation("accounts.status." + statusKey(account.summary()));
        }
        return getTranslation("accounts.status.PENDING");
    }

    /** Aktiv, Spærret (the account), or "Aktiv (kort spærret)": a lost card blocks the card, not the account. */
    static String statusKey(AccountSummary summary) {
        if (summary.status() == dk.kantinekort.api.account.AccountStatus.BLOCKED) {
            return "BLOCKED";
        }
        return summary.cardStatus() == dk.kantinekort.api.account.AccountStatus.BLOCKED ? "CARD_BLOCKED" : "ACTIVE";
    }

    private Component actions(AccountRow row) {
        if (row instanceof AccountRow.Person person) {
            return person.onlyAccount().<Component>map(account -> accountActions(account, name(row)))
                    .orElseGet(Span::new);
        }
        if (row instanceof AccountRow.Account account) {
            return accountActions(account.summary(), account.summary().holderName() + ", " + name(row));
        }
        return withdrawAction(((AccountRow.PendingLink) row).relation());
    }

    private HorizontalLayout accountActions(AccountSummary account, String forWhom) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (menu.isEnabled(MenuItem.PAYMENTS)) {
            actions.add(open("accounts.action.deposit", forWhom, account, MenuItem.PAYMENTS.route()));
        }
        actions.add(open("accounts.action.activities", forWhom, account, MenuItem.STATEMENT.route()),
                open("accounts.action.details", forWhom, account, MenuItem.PROFILE.route()));
        if (parts.isOn(SchemePart.SPENDING_RULES)) {
            actions.add(open("accounts.action.spending-rules", forWhom, account, Routes.SPENDING_RULES));
        }
        if (parts.isOn(SchemePart.NOTICES)) {
            actions.add(open("accounts.action.notices", forWhom, account, Routes.NOTICES));
        }
        if (balances != null) {
            Button balance = new Button(getTranslation("accounts.action.balance"),
                    click -> new BalanceDialog(forWhom, balances.lastDays(account.accountId())).open());
            balance.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            balance.setAriaLabel(getTranslation("accounts.action.balance.aria", forWhom));
            balance.addClassName("balance");
            actions.add(balance);
        }
        return actions;
    }

    /** A button that makes the account the selected one and opens a page for it. */
    private Button open(String textKey, String forWhom, AccountSummary account, String route) {
        Button button = new Button(getTranslation(textKey), click -> {
            selection.select(account.accountId());
            UI.getCurrent().navigate(route, QueryParameters.of("konto", account.accountId()));
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // every row has the same buttons: the label names the row
        button.setAriaLabel(getTranslation(textKey + ".aria", forWhom));
        button.addClassName(textKey.substring(textKey.lastIndexOf('.') + 1));
        return button;
    }

    private Button withdrawAction(RelationSummary request) {
        Button withdraw = new Button(getTranslation("accounts.action.withdraw"), click -> {
            LinkAnswers.Outcome outcome = answers.withdraw(request.relationId());
            Notification notice = Notification.show(getTranslation(outcome.messageKey()));
            notice.addThemeVariants(outcome.done() ? NotificationVariant.LUMO_SUCCESS
                    : NotificationVariant.LUMO_ERROR);
            load();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        withdraw.setAriaLabel(getTranslation("accounts.action.withdraw.aria", request.cprMasked()));
        withdraw.addClassName("withdraw");
        withdraw.setDisableOnClick(true);
        return withdraw;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " – " + branding.name();
    }
}
