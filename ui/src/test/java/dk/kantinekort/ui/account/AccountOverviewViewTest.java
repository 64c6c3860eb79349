package dk.kantinekort.ui.account;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.ListAccounts;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.ui.shell.Branding;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountOverviewViewTest {

    private final QueryGateway queryGateway = mock(QueryGateway.class);

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.forLanguageTag("da-DK"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void accountsAreListedWithMaskedCprDanishAmountsAndStatusInDanish() {
        answerListAccounts(CompletableFuture.completedFuture(List.of(
                account("Christian Harms", 6500, AccountStatus.ACTIVE),
                account("Test Harms Relation", 123450, AccountStatus.BLOCKED))));

        Grid<AccountSummary> grid = showView();

        assertThat(_size(grid)).isEqualTo(2);
        assertThat(grid.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("Navn", "CPR-nummer", "Saldo", "Status");
        assertThat(_getFormattedRow(grid, 0)).containsExactly("Christian Harms", "010170-xxxx", "65,00 kr.", "Aktiv");
        assertThat(_getFormattedRow(grid, 1))
                .containsExactly("Test Harms Relation", "010170-xxxx", "1.234,50 kr.", "Spærret");
        assertThat(_find(Paragraph.class, spec -> spec.withId("accounts-unavailable"))).isEmpty();
    }

    @Test
    void aQuerySideThatDoesNotAnswerShowsANoticeInsteadOfAnError() {
        answerListAccounts(CompletableFuture.failedFuture(new IllegalStateException("no handler")));

        Grid<AccountSummary> grid = showView();

        assertThat(_size(grid)).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withId("accounts-unavailable")).getText())
                .startsWith("Kontooversigten kan ikke vises");
    }

    @Test
    void outsideTheDemoNobodyCanListAccountsWithoutLoggingIn() {
        answerListAccounts(CompletableFuture.completedFuture(List.of(account("Christian Harms", 6500, AccountStatus.ACTIVE))));

        UI.getCurrent().add(new AccountOverviewView(new AccountDirectory(queryGateway), new Branding("GladsaxeKortet"), false));

        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("accounts-login-required")).getText())
                .isEqualTo("Log på for at se dine konti.");
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountSummary> showView() {
        AccountOverviewView view = new AccountOverviewView(new AccountDirectory(queryGateway), new Branding("GladsaxeKortet"),
                true);
        UI.getCurrent().add(view);
        return _get(Grid.class, spec -> spec.withId("accounts"));
    }

    private void answerListAccounts(CompletableFuture<List<AccountSummary>> answer) {
        doReturn(answer).when(queryGateway).query(eq(new ListAccounts(0, 100)), any(ResponseType.class));
    }

    private static AccountSummary account(String holder, long balanceOre, AccountStatus status) {
        return new AccountSummary("account-" + holder.hashCode(), "citizen-" + holder.hashCode(), holder,
                "010170-xxxx", holder, Money.ofOre(balanceOre), status, "1562265116", List.of(),
                EnumSet.allOf(UnitKind.class), Instant.parse("2026-01-01T10:00:00Z"));
    }
}
