package dk.kantinekort.ui.webshop;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.catalogue.CataloguePlace;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.webshop.OrderCheckout;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.api.webshop.OrderStatus;
import dk.kantinekort.ui.backoffice.StaffTable;
import dk.kantinekort.ui.format.DanishFormat;
import dk.kantinekort.ui.municipality.MunicipalitySettings;
import dk.kantinekort.ui.payment.PaymentLinks;
import dk.kantinekort.ui.payment.PaymentPanel;
import dk.kantinekort.ui.payment.PaymentSettings;
import dk.kantinekort.ui.payment.TermsDialog;
import dk.kantinekort.ui.session.AccountSelection;
import dk.kantinekort.ui.session.CurrentCitizen;
import dk.kantinekort.ui.session.PortalCommands;
import dk.kantinekort.ui.shell.AccountChooser;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.CitizenGuard;
import dk.kantinekort.ui.shell.LinkParameter;
import dk.kantinekort.ui.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Webshop (F15) in the guide's steps: "Konti" (the account that buys), "Sted" (where), the place's products with
 * their price per delivery and delivery dates, "Læg i kurven", the "Kurv" with its total, and "Tjek ud" with the
 * canteen card (paid at once) or a payment card (saved on the provider's hosted page, each delivery charged on its
 * day). "Vis ordrer" lists the account's orders. {@code webshop?konto=<accountId>} opens it for an account.
 */
@Route(value = WebshopComponents.SHOP_ROUTE, layout = MainLayout.class)
@PermitAll
public class WebshopView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<OrderPayment> PAYMENTS = List.of(OrderPayment.CANTEEN_CARD, OrderPayment.PAYMENT_CARD);
    private static final Logger log = LoggerFactory.getLogger(WebshopView.class);

    private final AccountSelection selection;
    private final WebshopQueries queries;
    private final PortalCommands commands;
    private final CurrentCitizen currentCitizen;
    private final PaymentSettings settings;
    private final MunicipalitySettings municipality;
    private final Branding branding;
    private final Clock clock;
    /** Where the browser goes for the hosted page; a seam for tests. */
    private final Consumer<String> browser;

    private final Basket basket = new Basket();
    private final AccountChooser account;
    private final Paragraph balance = new Paragraph();
    private final ComboBox<CataloguePlace> place = new ComboBox<>();
    private final Div products = new Div();
    private final Div basketLines = new Div();
    private final Paragraph total = new Paragraph();
    private final RadioButtonGroup<OrderPayment> payment = new RadioButtonGroup<>();
    private final Checkbox accept = new Checkbox();
    private final Button checkout = new Button();
    private final Paragraph checkoutMessage = PaymentPanel.messageParagraph("checkout-message");
    private final Paragraph confirmation = WebshopComponents.status("checkout-confirmation");
    private AccountSummary chosen;
    private Money shownBalance;

    @Autowired
    WebshopView(AccountSelection selection, WebshopQueries queries, PortalCommands commands,
                CurrentCitizen currentCitizen, PaymentSettings settings, MunicipalitySettings municipality,
                Branding branding, ObjectProvider<Clock> clock) {
        this.selection = selection;
        this.queries = queries;
        this.commands = commands;
        this.currentCitizen = currentCitizen;
        this.settings = settings;
        this.municipality = municipality;
        this.branding = branding;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.browser = url -> UI.getCurrent().getPage().setLocation(url);
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
        products.setId("webshop-products");
        basketLines.setId("basket-lines");
        total.setId("basket-total");
        total.addClassName(LumoUtility.FontWeight.SEMIBOLD);
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
            accessible = selection.accessibleAccounts();
            if (accessible.isEmpty()) {
                add(PaymentPanel.notice("webshop-no-account", getTranslation("webshop.no-account")));
                return;
            }
            Optional<AccountSummary> requested = requestedAccountId.flatMap(selection::accessible);
            if (requested.isPresent()) {
                selection.select(requested.get().accountId());
            } else if (requestedAccountId.isPresent()) {
                add(PaymentPanel.notice("webshop-konto-ignored", getTranslation("webshop.account-not-available")));
            }
            String chosenId = requested.or(selection::selected).map(AccountSummary::accountId).orElse(null);
            chosen = accessible.stream().filter(a -> a.accountId().equals(chosenId)).findFirst()
                    .orElse(accessible.get(0));
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
                click -> UI.getCurrent().navigate(WebshopComponents.ORDERS_ROUTE,
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
        add(place, products, basketSection(), checkoutSection());
        showBalance(chosen.balance());
        place.setValue(places.size() == 1 ? places.get(0) : null);
        showBasket();
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
            PaymentPanel.showMessage(checkoutMessage, null);
            PaymentPanel.showMessage(confirmation, null);
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
        products.removeAll();
        basket.clear();
        showBasket();
        if (chosenPlace == null) {
            return;
        }
        List<ProductView> offered;
        try {
            offered = queries.products(chosenPlace.placeId());
        } catch (IllegalStateException e) {
            log.warn("Products unavailable: {}", e.toString());
            products.add(PaymentPanel.notice("webshop-products-unavailable", getTranslation("webshop.unavailable")));
            return;
        }
        if (offered.isEmpty()) {
            products.add(PaymentPanel.notice("webshop-no-products", getTranslation("webshop.no-products")));
            return;
        }
        H3 heading = new H3(getTranslation("webshop.products"));
        products.add(heading);
        offered.forEach(product -> products.add(productCard(product)));
    }

    private Div productCard(ProductView product) {
        String id = "product-" + product.productId();
        Div card = new Div();
        card.setId(id);
        card.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        Paragraph name = new Paragraph(product.name());
        name.setId(id + "-name");
        name.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Paragraph price = new Paragraph(getTranslation("webshop.product.price", DanishFormat.money(product.price())));
        price.setId(id + "-price");
        List<LocalDate> toCome = Basket.deliveriesToCome(product, today());
        Paragraph dates = new Paragraph(getTranslation("webshop.product.dates", WebshopDates.dates(toCome)));
        dates.setId(id + "-dates");
        card.add(name, price, dates);
        if (toCome.isEmpty()) {
            Paragraph closed = new Paragraph(getTranslation("webshop.product.closed"));
            closed.setId(id + "-closed");
            card.add(closed);
            return card;
        }
        IntegerField quantity = new IntegerField(getTranslation("webshop.quantity"));
        quantity.setId(id + "-quantity");
        quantity.setMin(1);
        quantity.setMax(Basket.MAX_QUANTITY);
        quantity.setStepButtonsVisible(true);
        quantity.setValue(1);
        quantity.setWidth("8rem");
        Button add = new Button(getTranslation("webshop.add"), click -> {
            Integer howMany = quantity.getValue();
            if (howMany == null || howMany < 1 || howMany > Basket.MAX_QUANTITY) {
                quantity.setInvalid(true);
                quantity.setErrorMessage(getTranslation("webshop.quantity.bounds", Basket.MAX_QUANTITY));
                return;
            }
            quantity.setInvalid(false);
            basket.add(product, howMany);
            PaymentPanel.showMessage(confirmation, null);
            showBasket();
        });
        add.setId(id + "-add");
        add.getElement().setAttribute("aria-label", getTranslation("webshop.add.label", product.name()));
        HorizontalLayout row = new HorizontalLayout(quantity, add);
        row.setAlignItems(Alignment.BASELINE);
        card.add(row);
        return card;
    }

    private Section basketSection() {
        Section section = new Section();
        section.setId("basket");
        H3 heading = new H3(getTranslation("webshop.basket"));
        Paragraph explain = new Paragraph(getTranslation("webshop.basket.explain"));
        explain.setId("basket-explain");
        explain.addClassName(LumoUtility.TextColor.SECONDARY);
        Div live = new Div(total);
        live.getElement().setAttribute("aria-live", "polite");
        section.add(heading, basketLines, live, explain);
        return section;
    }

    private void showBasket() {
        basketLines.removeAll();
        LocalDate today = today();
        if (basket.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("webshop.basket.empty"));
            empty.setId("basket-empty");
            basketLines.add(empty);
        } else {
            StaffTable table = WebshopComponents.table("basket-table", getTranslation("webshop.basket.product"),
                    getTranslation("webshop.basket.price"), getTranslation("webshop.basket.deliveries"),
                    getTranslation("webshop.quantity"), getTranslation("webshop.basket.amount"), "");
            for (Basket.Line line : basket.lines()) {
                String id = "basket-" + line.product().productId();
                IntegerField quantity = new IntegerField();
                quantity.setId(id + "-quantity");
                quantity.setMin(1);
                quantity.setMax(Basket.MAX_QUANTITY);
                quantity.setStepButtonsVisible(true);
                quantity.setValue(line.quantity());
                quantity.setWidth("7rem");
                quantity.setAriaLabel(getTranslation("webshop.quantity.label", line.product().name()));
                Span amount = new Span(
                        DanishFormat.money(line.amount(today)));
                amount.setId(id + "-amount");
                quantity.addValueChangeListener(change -> {
                    // in place, so the keyboard focus stays in the field while the amount and total follow
                    if (change.getValue() != null && change.getValue() >= 1) {
                        basket.change(line.product().productId(), change.getValue());
                        basket.lines().stream().filter(l -> l.product().productId().equals(line.product().productId()))
                                .findFirst().ifPresent(l -> amount.setText(DanishFormat.money(l.amount(today()))));
                        showTotal();
                    }
                });
                Button remove = new Button(getTranslation("webshop.basket.remove"), click -> {
                    basket.remove(line.product().productId());
                    showBasket();
                });
                remove.setId(id + "-remove");
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("aria-label",
                        getTranslation("webshop.basket.remove.label", line.product().name()));
                table.addRow(id, line.product().name(),
                        getTranslation("webshop.product.price", DanishFormat.money(line.product().price())),
                        String.valueOf(line.deliveriesToCome(today).size()), quantity, amount, remove);
            }
            basketLines.add(table);
        }
        showTotal();
        checkout.setEnabled(!basket.isEmpty());
    }

    private void showTotal() {
        total.setText(getTranslation("webshop.basket.total", DanishFormat.money(basket.total(today()))));
    }

    private Section checkoutSection() {
        Section section = new Section();
        section.setId("checkout-section");
        H3 heading = new H3(getTranslation("webshop.checkout.title"));
        payment.setId("checkout-payment");
        payment.setLabel(getTranslation("webshop.payment"));
        payment.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        payment.setItems(PAYMENTS);
        payment.setItemLabelGenerator(p -> getTranslation("webshop.payment." + p.name()));
        payment.setRequiredIndicatorVisible(true);
        payment.setValue(OrderPayment.CANTEEN_CARD);
        Paragraph paymentHelp = new Paragraph();
        paymentHelp.setId("checkout-payment-help");
        paymentHelp.addClassName(LumoUtility.TextColor.SECONDARY);
        paymentHelp.setText(getTranslation("webshop.payment.help." + payment.getValue().name()));
        payment.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                paymentHelp.setText(getTranslation("webshop.payment.help." + change.getValue().name()));
            }
            PaymentPanel.showMessage(checkoutMessage, null);
        });

        accept.setId("checkout-accept");
        accept.setLabel(getTranslation("payment.terms.accept"));
        accept.setRequiredIndicatorVisible(true);
        accept.setManualValidation(true);
        accept.addValueChangeListener(change -> {
            if (Boolean.TRUE.equals(change.getValue())) {
                accept.setInvalid(false);
            }
        });
        Button terms = TermsDialog.link("checkout-terms-link", municipality);
        Paragraph termsLine = new Paragraph(getTranslation("webshop.terms.read") + " ");
        termsLine.add(terms);

        checkout.setId("checkout");
        checkout.setText(getTranslation("webshop.checkout"));
        checkout.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checkout.setDisableOnClick(true); // one order per click, however fast the clicks come
        checkout.addClickListener(click -> checkOut());
        section.add(heading, payment, paymentHelp, termsLine, accept, checkout, checkoutMessage, confirmation);
        return section;
    }

    /** "Tjek ud": the ledger prices the basket and places the order; the answer decides what the page shows. */
    private void checkOut() {
        boolean leaving = false;
        PaymentPanel.showMessage(checkoutMessage, null);
        PaymentPanel.showMessage(confirmation, null);
        try {
            CataloguePlace chosenPlace = place.getValue();
            OrderPayment how = payment.getValue();
            if (basket.isEmpty() || chosenPlace == null) {
                PaymentPanel.showMessage(checkoutMessage, getTranslation("webshop.basket.empty"));
                return;
            }
            if (how == null) {
                PaymentPanel.showMessage(checkoutMessage, getTranslation("webshop.payment.required"));
                return;
            }
            boolean accepted = accept.getValue();
            accept.setInvalid(!accepted);
            accept.setErrorMessage(accepted ? null : getTranslation("payment.terms.required"));
            if (!accepted) {
                accept.focus();
                return;
            }
            String orderId = UUID.randomUUID().toString();
            Money expected = basket.total(today());
            OrderCheckout answer = commands.send(new CheckOutBasket(chosen.accountId(), orderId,
                    chosenPlace.placeId(), basket.items(), how, links(chosen.accountId(), orderId)));
            if (answer == null) {
                throw new IllegalStateException("No answer to the checkout");
            }
            leaving = showAnswer(answer, how, expected);
        } catch (RejectedException refusal) {
            PaymentPanel.showMessage(checkoutMessage, getTranslation(WebshopTexts.refusalKey(refusal)));
        } catch (IllegalStateException unavailable) {
            log.warn("A webshop checkout failed: {}", unavailable.toString());
            PaymentPanel.showMessage(checkoutMessage, getTranslation("webshop.unavailable"));
        } finally {
            checkout.setEnabled(!leaving && !basket.isEmpty());
        }
    }

    /** Shows the checkout's outcome; true when the browser leaves for the hosted page. */
    private boolean showAnswer(OrderCheckout answer, OrderPayment how, Money expected) {
        Money paid = answer.total() == null ? expected : answer.total();
        if (answer.status() == OrderStatus.PAID) {
            basket.clear();
            showBasket();
            accept.setValue(false);
            showBalance(shownBalance.minus(paid));
            PaymentPanel.showMessage(confirmation, getTranslation("webshop.checkout.paid",
                    WebshopTexts.orderNumber(answer.orderId()), DanishFormat.money(paid)));
            confirmation.add(new Text(" "),
                    WebshopComponents.routeLink("checkout-order-link",
                            WebshopComponents.orderLocation(chosen.accountId(), answer.orderId()),
                            getTranslation("webshop.order.show")));
            return false;
        }
        if (answer.status() == OrderStatus.PAYMENT_FAILED) {
            String reason = answer.failure() == null ? getTranslation("payment.decline.DECLINED")
                    : getTranslation(WebshopTexts.failureKey(how, answer.failure()));
            PaymentPanel.showMessage(checkoutMessage, getTranslation("webshop.checkout.failed", reason));
            return false;
        }
        if (answer.status() == OrderStatus.AWAITING_PAYMENT_DETAILS && answer.hostedPageUrl() != null) {
            browser.accept(answer.hostedPageUrl());
            return true;
        }
        throw new IllegalStateException("Unexpected checkout answer " + answer.status());
    }

    private PaymentPageLinks links(String accountId, String orderId) {
        String base = PaymentLinks.of(settings, VaadinRequest.getCurrent()).baseUrl();
        String back = base + WebshopComponents.RETURN_ROUTE + "?ordre=" + WebshopComponents.encode(orderId)
                + "&konto=" + WebshopComponents.encode(accountId);
        return new PaymentPageLinks(back, back + "&annulleret=1", base + PaymentLinks.TERMS_ROUTE);
    }

    private LocalDate today() {
        return WebshopDates.today(clock);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webshop.title") + " – " + branding.name();
    }
}
