package dk.kantinekort.ui.account;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.account.AccountSummary;
import jakarta.annotation.security.PermitAll;
import dk.kantinekort.ui.format.DanishFormat;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.MainLayout;
import org.springframework.beans.factory.annotation.Value;

/**
 * "Mine konti": a read-only list of card accounts with holder, masked CPR, balance and status. Open to
 * everyone only in the embedded demo ({@code canteen.portal.open-overview}); otherwise it asks for a login.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class AccountOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final Branding branding;

    AccountOverviewView(AccountDirectory directory, Branding branding,
                        @Value("${canteen.portal.open-overview:false}") boolean openOverview) {
        this.branding = branding;
        setSizeFull();
        add(new H2(getTranslation("accounts.title")));
        if (!openOverview) {
            // Until citizens log in (MitID), nobody may list other people's accounts outside the demo.
            Paragraph closed = new Paragraph(getTranslation("accounts.login-required"));
            closed.setId("accounts-login-required");
            add(closed);
            return;
        }

        AccountDirectory.Listing listing = directory.firstPage();
        if (!listing.available()) {
            Paragraph unavailable = new Paragraph(getTranslation("accounts.unavailable"));
            unavailable.setId("accounts-unavailable");
            add(unavailable);
        }
        Grid<AccountSummary> grid = accountGrid();
        grid.setItems(listing.accounts());
        addAndExpand(grid);
    }

    private Grid<AccountSummary> accountGrid() {
        Grid<AccountSummary> grid = new Grid<>();
        grid.setId("accounts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountSummary::holderName).setHeader(getTranslation("accounts.column.name"))
                .setAutoWidth(true);
        grid.addColumn(AccountSummary::cprMasked).setHeader(getTranslation("accounts.column.cpr"))
                .setAutoWidth(true);
        grid.addColumn(account -> DanishFormat.money(account.balance()))
                .setHeader(getTranslation("accounts.column.balance"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(account -> getTranslation("accounts.status." + account.status().name()))
                .setHeader(getTranslation("accounts.column.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("accounts.empty"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " – " + branding.name();
    }
}
