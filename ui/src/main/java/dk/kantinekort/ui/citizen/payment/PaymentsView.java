package dk.kantinekort.ui.citizen.payment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.citizen.layout.AccountChooser;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.session.CitizenGuard;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.kantinekort.ui.shell.Routes;

/**
 * Indbetaling (F6, F7, F8): "Konto for indbetaling" with its balance, then the tabs "Indbetal", "Automatisk
 * optankning" and, where the municipality switches it on, "Udbetaling". "Indbetal" on Mine Konti opens it as
 * {@code indbetaling?konto=<accountId>}; {@code fane=optankning|udbetaling} opens another tab. An account id
 * the citizen may not act on is ignored with a notice that says nothing about whose it is.
 */
@Route(value = Routes.PAYMENTS, layout = MainLayout.class)
@PermitAll
public class PaymentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ACCOUNT_PARAMETER = "konto";
    static final String TAB_PARAMETER = "fane";
    static final String TAB_AUTO = "optankning";
    static final String TAB_PAYOUT = "udbetaling";
    private static final Logger log = LoggerFactory.getLogger(PaymentsView.class);

    private final AccountSelection selection;
    private final PaymentQueries queries;
    private final PortalCommands commands;
    private final CurrentCitizen currentCitizen;
    private final PaymentSettings settings;
    private final PayoutSettings payoutSettings;
    private final MunicipalitySettings municipality;
    private final Branding branding;

    private final AccountChooser account;
    private final Paragraph balance = new Paragraph();
    private DepositPanel deposit;
    private AutoTopUpPanel autoTopUp;
    private PayoutPanel payout;

    PaymentsView(AccountSelection selection, PaymentQueries queries, PortalCommands commands,
                    CurrentCitizen currentCitizen, PaymentSettings settings, PayoutSettings payoutSettings,
                    MunicipalitySettings municipality, Branding branding) {
        this.selection = selection;
        this.queries = queries;
        this.commands = commands;
        this.currentCitizen = currentCitizen;
        this.settings = settings;
        this.payoutSettings = payoutSettings;
        this.municipality = municipality;
        this.branding = branding;
        setId("indbetaling");
        setMaxWidth("60rem");

        account = new AccountChooser("payment-account", "payment.account", this::choose);
        balance.setId("payment-balance");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!CitizenGuard.admits(event, currentCitizen)) {
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        show(parameters.getSingleParameter(ACCOUNT_PARAMETER), parameters.getSingleParameter(TAB_PARAMETER));
    }

    void show(Optional<String> requestedAccountId, Optional<String> tab) {
        removeAll();
        add(new H2(getTranslation("payment.title")));
        List<AccountSummary> accessible;
        PaymentTerms terms;
        String email;
        AccountSummary chosen;
        try {
            Optional<AccountSelection.Choice> choice = selection.choose(requestedAccountId);
            if (choice.isEmpty()) {
                add(notice("payment-no-account", "payment.no-account"));
                return;
            }
            if (choice.get().requestIgnored()) {
                add(notice("payment-konto-ignored", "payment.account-not-available"));
            }
            accessible = choice.get().accessible();
            chosen = choice.get().chosen();
            terms = queries.terms();
            email = queries.email(currentCitizen.require()).orElse("");
        } catch (IllegalStateException e) {
            log.warn("Indbetaling unavailable: {}", e.toString());
            add(notice("payment-unavailable", "payment.unavailable"));
            return;
        }
        PaymentContext context = new PaymentContext(queries, commands, terms, email,
                () -> PaymentLinks.of(settings), municipality,
                url -> UI.getCurrent().getPage().setLocation(url));
        account.setItems(accessible);
        account.setValue(chosen);
        add(account, balance, tabs(context, tab));
        if (!settings.payoutEnabled()) {
            Paragraph payoutHelp = new Paragraph(getTranslation("payment.payout.by-municipality") + " ");
            payoutHelp.setId("payment-payout-help");
            payoutHelp.add(PaymentPanel.routeLink(Routes.HELP + "?emne=udbetaling", getTranslation("payment.payout.help-link")));
            add(payoutHelp);
        }
        showAccount(chosen);
    }

    private TabSheet tabs(PaymentContext context, Optional<String> tab) {
        deposit = new DepositPanel(context);
        autoTopUp = new AutoTopUpPanel(context);
        TabSheet sheet = new TabSheet();
        sheet.setId("payment-tabs");
        sheet.setWidthFull();
        Tab depositTab = sheet.add(getTranslation("payment.tab.deposit"), deposit);
        depositTab.setId("tab-deposit");
        Tab autoTab = sheet.add(getTranslation("payment.tab.auto"), autoTopUp);
        autoTab.setId("tab-auto");
        if (settings.payoutEnabled()) {
            payout = new PayoutPanel(context, payoutSettings.typedBankAccount(), currentCitizen::citizenId);
            Tab payoutTab = sheet.add(getTranslation("payment.tab.payout"), payout);
            payoutTab.setId("tab-payout");
            if (tab.filter(TAB_PAYOUT::equals).isPresent()) {
                sheet.setSelectedTab(payoutTab);
            }
        } else {
            payout = null;
        }
        if (tab.filter(TAB_AUTO::equals).isPresent()) {
            sheet.setSelectedTab(autoTab);
        }
        return sheet;
    }

    /** "Konto for indbetaling" changed: checked again, made the selected account, and every tab shows it. */
    private void choose(AccountSummary chosen) {
        try {
            Optional<AccountSummary> allowed = selection.accessible(chosen.accountId());
            if (allowed.isEmpty()) {
                show(Optional.of(chosen.accountId()), Optional.empty());
                return;
            }
            selection.select(chosen.accountId());
            showAccount(allowed.get());
        } catch (IllegalStateException e) {
            log.warn("Account check failed: {}", e.toString());
            show(Optional.empty(), Optional.empty());
        }
    }

    private void showAccount(AccountSummary chosen) {
        balance.setText(getTranslation("payment.balance", DanishFormat.money(chosen.balance())));
        deposit.show(chosen);
        autoTopUp.show(chosen);
        if (payout != null) {
            payout.show(chosen);
        }
    }

    /** "Visa ****1111" from what the provider told us. */
    static String cardText(String brand, String maskedPan) {
        return Stream.of(brand, maskedPan).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }

    private Paragraph notice(String id, String key) {
        return PaymentPanel.notice(id, getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.title") + " – " + branding.name();
    }
}
