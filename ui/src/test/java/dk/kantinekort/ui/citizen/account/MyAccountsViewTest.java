package dk.kantinekort.ui.citizen.account;

import static com.github.mvysny.kaributesting.v10.GridKt._expandAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN_CARD;
import static dk.kantinekort.ui.testing.TestData.RELATION;
import static dk.kantinekort.ui.testing.TestData.RELATION_CARD;
import static dk.kantinekort.ui.testing.TestData.pendingRequest;
import static dk.kantinekort.ui.testing.TestData.relation;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.ui.testing.TestData;
import java.util.Locale;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RelationSummary;
import dk.kantinekort.api.relation.WithdrawAccountLink;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.testing.PortalUiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyAccountsViewTest extends PortalUiTest {

    @Autowired
    AccountSelection selection;

    private final List<RelationSummary> relations = new ArrayList<>();

    @BeforeEach
    void christianIsLoggedInWithALinkToTestHarmsRelation() {
        citizen.logIn(CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD, RELATION_CARD));
        relations.add(relation("rel-1", CHRISTIAN, "Christian Harms", RELATION, "Test Harms Relation", "090909-",
                RelationStatus.ACTIVE));
        queries.answer(FindRelationsOfCitizen.class, q -> List.copyOf(relations));
    }

    @Test
    void ownAndLinkedPersonsAreListedWithMaskedCprDanishAmountsAndStatus() {
        open("");

        TreeGrid<AccountRow> grid = accounts();
        assertThat(grid.getAriaLabel()).as("the name screen readers give the table").hasValue("Mine Konti");
        assertThat(grid.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("Navn", "CPR-nummer", "Saldo", "Status", "Handlinger");
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0).subList(0, 4))
                .containsExactly("Christian Harms (Dig selv)", "270182-", "65,00 kr.", "Aktiv");
        assertThat(_getFormattedRow(grid, 1).subList(0, 4))
                .containsExactly("Test Harms Relation", "090909-", "10,00 kr.", "Aktiv");
    }

    @Test
    void aPersonUnfoldsToTheirCardAccountsWithCardNumbers() {
        open("");

        TreeGrid<AccountRow> grid = accounts();
        _expandAll(grid);

        assertThat(_size(grid)).isEqualTo(4);
        assertThat(_getFormattedRow(grid, 1).subList(0, 4))
                .containsExactly("Betalingskort 1562265116", "", "65,00 kr.", "Aktiv");
        assertThat(_getFormattedRow(grid, 3).subList(0, 4))
                .containsExactly("Konto 04579A22352680", "", "10,00 kr.", "Aktiv");
    }

    @Test
    void aCardAccountWithoutANameOfItsOwnIsCalledKantinekortInDanishAndCanteenCardInEnglish() {
        AccountSummary unnamed = TestData.account(CHRISTIAN_CARD.accountId(), CHRISTIAN, "Christian Harms", "270182-",
                null, 6500, AccountStatus.ACTIVE, "1562265116");
        queries.answer(FindAccessibleAccounts.class, q -> List.of(unnamed, RELATION_CARD));
        open("");
        _expandAll(accounts());
        assertThat(_getFormattedRow(accounts(), 1).get(0)).isEqualTo("Kantinekort 1562265116");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        open("");
        _expandAll(accounts());
        assertThat(_getFormattedRow(accounts(), 1).get(0)).isEqualTo("Canteen card 1562265116");
    }

    @Test
    void aRequestOfMineThatWaitsIsNamedByTheCprNumberAndCardNumberITypedNotByAnOwnersName() {
        relations.add(pendingRequest("rel-3", CHRISTIAN, "Christian Harms", "270190-", "04579A22352680"));
        open("");

        assertThat(_getFormattedRow(accounts(), 2).subList(0, 4)).containsExactly(
                "CPR-nummer 270190-, kortnummer 04579A22352680", "270190-", "", "Afventer godkendelse");
    }

    @Test
    void aRequestOfMineThatWaitsShowsAsAwaitingApprovalAndCanBeDeleted() {
        relations.add(relation("rel-2", CHRISTIAN, "Christian Harms", null, null, "010203-", RelationStatus.PENDING));
        commands.answer(WithdrawAccountLink.class, c -> {
            relations.removeIf(r -> r.relationId().equals(c.relationId()));
            return null;
        });
        open("");

        TreeGrid<AccountRow> grid = accounts();
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(_getFormattedRow(grid, 2).subList(0, 4))
                .containsExactly("CPR-nummer 010203-", "010203-", "", "Afventer godkendelse");

        _click(button(_getCellComponent(grid, 2, "actions"), "Slet"));

        assertThat(commands.sent(WithdrawAccountLink.class)).containsExactly(new WithdrawAccountLink("rel-2", CHRISTIAN));
        assertThat(_size(accounts())).isEqualTo(2);
    }

    @Test
    void theApproveButtonCountsTheRequestsWaitingForMe() {
        relations.add(relation("rel-3", "citizen-anna", "Anna Jensen", CHRISTIAN, null, "270182-",
                RelationStatus.PENDING));
        open("");

        assertThat(_get(Button.class, spec -> spec.withId("approve-links")).getText())
                .isEqualTo("Godkend tilknytninger (1)");
    }

    @Test
    void withoutRequestsTheApproveButtonHasNoCount() {
        open("");

        assertThat(_get(Button.class, spec -> spec.withId("approve-links")).getText())
                .isEqualTo("Godkend tilknytninger");
    }

    @Test
    void saldoOverTidShowsTheBalanceAtTheEndOfEachOfTheLast30DaysWithTheNumbersInATable() {
        queries.answer(dk.kantinekort.api.statement.FindStatement.class, q -> new dk.kantinekort.api.statement.Statement(
                q.accountId(), q.from(), q.to(), dk.kantinekort.api.money.Money.ofOre(10_000),
                dk.kantinekort.api.money.Money.ofOre(7_500), List.of(new dk.kantinekort.api.statement.StatementRow("p1",
                        q.to().minusSeconds(3_600), dk.kantinekort.api.statement.StatementRowType.PURCHASE,
                        dk.kantinekort.api.money.Money.ofOre(-2_500), dk.kantinekort.api.money.Money.ofOre(7_500),
                        "Gladsaxe Skole", null, List.of(), null))));
        open("");

        Component actions = _getCellComponent(accounts(), 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Saldo over tid")));

        com.vaadin.flow.component.html.NativeTable table = _get(com.vaadin.flow.component.html.NativeTable.class,
                spec -> spec.withId("balance-table"));
        assertThat(table.getBody().getRows()).hasSize(30);
        assertThat(table.getBody().getRow(0).orElseThrow().getElement().getTextRecursively()).endsWith("75,00 kr.");
        assertThat(table.getBody().getRow(29).orElseThrow().getElement().getTextRecursively()).endsWith("100,00 kr.");
    }

    @Test
    void depositIsHiddenUntilPaymentsAreSwitchedOn() {
        open("");

        Component actions = _getCellComponent(accounts(), 0, "actions");
        assertThat(_find(actions, Button.class)).extracting(Button::getText)
                .containsExactly("Aktiviteter", "Brugeroplysninger", "Forbrugsregler", "Notifikationer", "Saldo over tid");
    }

    @Test
    void activitiesOpensTheStatementOfThatAccountAndSelectsIt() {
        open("");

        _click(button(_getCellComponent(accounts(), 1, "actions"), "Aktiviteter"));

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("kontoudskrift?konto=account-relation");
        assertThat(selection.selected()).hasValue(RELATION_CARD);
    }

    @Test
    void aQuerySideThatDoesNotAnswerShowsANoticeInsteadOfAnError() {
        queries.fail(FindAccessibleAccounts.class).fail(FindRelationsOfCitizen.class);
        open("");

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("accounts-unavailable"))
                .isVisible()).isTrue();
        assertThat(_size(accounts())).isZero();
    }

    @Test
    void hvemHarAdgangListsWhoHasAccessToMeAndWhoAsksForItSinceWhen_notWhomIHaveAccessTo() {
        relations.add(relation("rel-5", "citizen-anna", "Anna Jensen", CHRISTIAN, "Christian Harms", "270182-",
                RelationStatus.ACTIVE));
        relations.add(relation("rel-6", "citizen-ukendt", "Ole Olsen", CHRISTIAN, null, "270182-",
                RelationStatus.PENDING));
        open("");

        Grid<RelationSummary> grid = whoHasAccess();
        assertThat(grid.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("Navn", "Status", "Siden", "Handlinger");
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0).subList(0, 3)).containsExactly("Anna Jensen", "Har adgang", "06-03-2026");
        assertThat(_getFormattedRow(grid, 1).subList(0, 3))
                .containsExactly("Ole Olsen", "Venter på dit svar", "05-03-2026");
        assertThat(_find(_getCellComponent(grid, 0, "actions"), Button.class)).extracting(Button::getText)
                .containsExactly("Fjern adgang");
        assertThat(_find(_getCellComponent(grid, 1, "actions"), Button.class)).extracting(Button::getText)
                .containsExactly("Godkend", "Afvis");
    }

    @Test
    void fjernAdgangAsksFirstThenEndsTheLinkAndTheListFollows() {
        relations.add(relation("rel-5", "citizen-anna", "Anna Jensen", CHRISTIAN, "Christian Harms", "270182-",
                RelationStatus.ACTIVE));
        commands.answer(WithdrawAccountLink.class, c -> {
            relations.removeIf(r -> r.relationId().equals(c.relationId()));
            return null;
        });
        open("");

        Button end = button(_getCellComponent(whoHasAccess(), 0, "actions"), "Fjern adgang");
        assertThat(end.getAriaLabel()).hasValue("Fjern adgangen for Anna Jensen");
        _click(end);
        assertThat(commands.sent(WithdrawAccountLink.class)).as("nothing before the confirmation").isEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("end-access-confirm")));

        assertThat(commands.sent(WithdrawAccountLink.class)).containsExactly(new WithdrawAccountLink("rel-5", CHRISTIAN));
        expectNotifications("Adgangen er fjernet.");
        assertThat(_size(whoHasAccess())).isZero();
    }

    @Test
    void nobodyWithAccessSaysSo() {
        open("");

        assertThat(_size(whoHasAccess())).isZero();
        assertThat(whoHasAccess().getEmptyStateText()).isEqualTo("Ingen andre har adgang til dine konti.");
    }

    @SuppressWarnings("unchecked")
    private static Grid<RelationSummary> whoHasAccess() {
        return _get(Grid.class, spec -> spec.withId("who-has-access"));
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<AccountRow> accounts() {
        return _get(TreeGrid.class, spec -> spec.withId("accounts"));
    }

    private static Button button(Component within, String text) {
        return _get(within, Button.class, spec -> spec.withText(text));
    }

    @Test
    void anAccountBelowZeroAfterAnOfflineSaleShowsTheDebtAndThatTheNextDepositCoversIt() {
        AccountSummary inDebt = TestData.account(RELATION_CARD.accountId(), RELATION, "Test Harms Relation", "090909-",
                null, -1500, AccountStatus.ACTIVE, "04579A22352680");
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD, inDebt));
        open("");

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("offline-debt")).isVisible())
                .isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("offline-debt-" + inDebt.accountId())).getText())
                .startsWith("Test Harms Relation, Kantinekort 04579A22352680 skylder 15,00 kr. for køb ved en kasse")
                .contains("Den næste indbetaling dækker gælden først");
        assertThat(_getFormattedRow(accounts(), 1).get(2)).isEqualTo("-15,00 kr.");
    }

    @Test
    void noDebtNoticeWhileEveryBalanceIsZeroOrMore() {
        open("");

        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("offline-debt")))
                .as("only visible components are found").isEmpty();
    }
}
