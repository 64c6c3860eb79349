package dk.kantinekort.ui.citizen.webshop;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.catalogue.CataloguePlace;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.citizen.payment.PaymentPanel;
import dk.kantinekort.ui.citizen.payment.PaymentQueries;
import dk.kantinekort.ui.citizen.payment.PaymentSettings;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.citizen.layout.AccountChooser;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.session.CitizenGuard;
import dk.kantinekort.ui.shell.LinkParameter;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import dk.kantinekort.ui.shell.Routes;

/**
 * Webshop (F15) in the guide's steps: "Konti" (the account that buys), "Sted" (where), the place's products with
 * their price per delivery and delivery dates, "Læg i kurven", the "Kurv" with its total, and "Tjek ud" with the
 * canteen card (paid at once) or a payment card (saved on the provider's hosted page, each delivery charged on its
 * day). "Vis ordrer" lists the account's orders. {@code webshop?konto=<accountId>} opens it for an account.
 */
@Route(value = Routes.WEBSHOP, layout = MainLayout.class)
@PermitAll
public class WebshopView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(WebshopView.class);

    private final AccountSelection selection;
    private final WebshopQueries queries;
    private final CurrentCitizen currentCitizen;
    private final Branding branding;

    private final AccountChooser account;
    private final Paragraph balance = new Paragraph();
    private final ComboBox<CataloguePlace> place = new ComboBox<>();
    private final ProductList products;
    private final BasketPanel basket;
    private final CheckoutForm checkout;
    private AccountSummary chosen;
    private Money shownBalance;

    @Autowired
    WebshopView(AccountSelection selection, WebshopQueries queries, PortalCommands commands,
                CurrentCitizen currentCitizen, PaymentSettings settings, MunicipalitySettings municipality,
                Branding branding, ObjectProvider<Clock> clocks, PaymentQueries payments) {
        this.selection = selection;
        this.queries = queries;
        this.currentCitizen = currentCitizen;
        this.branding = branding;
        Clock clock = clocks.getIfAvailable(Clock::systemUTC);
        setId("webshop");
        setMaxWidth("60rem");

        account = new AccountChooser("webshop-account", "webshop.account", this::chooseAccount);
        balance.setId("webshop-balance");

        place.setId("webshop-place");
        place.setLabel(getTranslation("webshop.place"));
        place.setItemLabelGenerator(CataloguePlace::name);
        place.setAllowCustomValue(false);
        place.setWidth("28rem");
        place.setMaxWidth("100%");
        place.setPlaceholder(getTranslation("webshop.place.placeholder"));
        place.addValueChangeListener(change -> choosePlace(change.getValue()));
        basket = new BasketPanel(clock);
        checkout = new CheckoutForm(basket, commands, payments, settings, municipality, payments::cardFeeRule,
                paid -> showBalance(shownBalance.minus(paid)));
        products = new ProductList(queries, clock, (product, quantity) -> {
            basket.add(product, quantity);
            checkout.forgetConfirmation();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!CitizenGuard.admits(event, currentCitizen)) {
            return;
        }
        show(LinkParameter.first(event, "konto"));
    }

    void show(Optional<String> requestedAccountId) {
        removeAll();
        add(new H2(getTranslation("webshop.title")));
        List<AccountSummary> accessible;
        List<CataloguePlace> places;
        try {
            Optional<AccountSelection.Choice> choice = selection.choose(requestedAccountId);
            if (choice.isEmpty()) {
                add(PaymentPanel.notice("webshop-no-account", getTranslation("webshop.no-account")));
                return;
            }
            if (choice.get().requestIgnored()) {
                add(PaymentPanel.notice("webshop-konto-ignored", getTranslation("webshop.account-not-available")));
            }
            accessible = choice.get().accessible();
            chosen = choice.get().chosen();
            places = queries.places();
        } catch (IllegalStateException e) {
            log.warn("Webshop unavailable: {}", e.toString());
            add(PaymentPanel.notice("webshop-unavailable", getTranslation("webshop.unavailable")));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("webshop.intro"));
        intro.setId("webshop-intro");
        account.setItems(accessible);
        account.setValue(chosen);
        Button showOrders = new Button(getTranslation("webshop.show-orders"),
                click -> UI.getCurrent().navigate(Routes.WEBSHOP_ORDERS,
                        QueryParameters.of("konto", chosen.accountId())));
        showOrders.setId("webshop-show-orders");
        HorizontalLayout accountRow = new HorizontalLayout(account, showOrders);
        accountRow.setAlignItems(Alignment.BASELINE);
        accountRow.setWrap(true);
        place.setItems(places);
        add(intro, accountRow, balance);
        if (places.isEmpty()) {
            add(PaymentPanel.notice("webshop-no-places", getTranslation("webshop.no-places")));
            return;
        }
        add(place, products, basket, checkout);
        showBalance(chosen.balance());
        checkout.show(chosen);
        place.setValue(places.size() == 1 ? places.get(0) : null);
        basket.show();
    }

    private void chooseAccount(AccountSummary requested) {
        try {
            Optional<AccountSummary> allowed = selection.accessible(requested.accountId());
            if (allowed.isEmpty()) {
                show(Optional.of(requested.accountId()));
                return;
            }
            selection.select(requested.accountId());
            chosen = allowed.get();
            showBalance(chosen.balance());
            checkout.show(chosen);
        } catch (IllegalStateException e) {
            log.warn("Account check failed: {}", e.toString());
            show(Optional.empty());
        }
    }

    private void showBalance(Money amount) {
        shownBalance = amount;
        balance.setText(getTranslation("webshop.balance", DanishFormat.money(amount)));
    }

    /** Another place: its products; the basket is one place's, so it starts again. */
    private void choosePlace(CataloguePlace chosenPlace) {
        basket.startAt(chosenPlace);
        products.show(chosenPlace);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webshop.title") + " – " + branding.name();
    }
}
