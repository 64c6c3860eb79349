package dk.kantinekort.ui.citizen.webshop;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.catalogue.CataloguePlace;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentPageLinks;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.payment.CheckoutProgress;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.citizen.payment.FeeTexts;
import dk.kantinekort.ui.citizen.payment.PaymentLinks;
import dk.kantinekort.ui.citizen.payment.PaymentPanel;
import dk.kantinekort.ui.citizen.payment.PaymentQueries;
import dk.kantinekort.ui.citizen.payment.PaymentSettings;
import dk.kantinekort.ui.citizen.payment.TermsDialog;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dk.kantinekort.ui.shell.Routes;

/**
 * "Tjek ud": how to pay (the canteen card at once, or a payment card saved on the provider's hosted page and charged
 * on each delivery day), the terms accepted, the button, and what the ledger answers: "Betalt" with a link to the
 * order, why it was not paid, or off to the hosted page. A blocked canteen card cannot shop: a notice says so and the
 * button stays disabled. A basket that costs more than the canteen card holds (the balance the read model showed) is
 * said before checkout, with a link to Indbetaling, and "Tjek ud" with the canteen card waits until it is paid in or
 * the payment card is chosen; the account still decides at checkout, and a refused order is withdrawn. With a payment card the card fee in force is shown before paying ("Gebyr pr. levering"),
 * with what each delivery then costs: the order keeps that fee for every delivery.
 */
final class CheckoutForm extends Section {

    static final List<OrderPayment> PAYMENTS = List.of(OrderPayment.CANTEEN_CARD, OrderPayment.PAYMENT_CARD);
    private static final Logger log = LoggerFactory.getLogger(CheckoutForm.class);

    private final BasketPanel basket;
    private final PortalCommands commands;
    private final PaymentQueries payments;
    private final PaymentSettings settings;
    /** Told how much was paid with the canteen card, so the balance shown follows. */
    private final Consumer<Money> whenPaid;

    private final Paragraph blocked = PaymentPanel.messageParagraph("checkout-blocked");
    /** Before checkout: the canteen card holds less than the basket costs (a hint; the ledger decides). */
    private final Paragraph balanceLow = new Paragraph();
    private final RadioButtonGroup<OrderPayment> payment = new RadioButtonGroup<>();
    private final Checkbox accept = new Checkbox();
    private final Button checkout = new Button();
    private final Paragraph message = PaymentPanel.messageParagraph("checkout-message");
    private final Paragraph confirmation = WebshopComponents.status("checkout-confirmation");
    /** The payment-card fee in force (asked when the payment card is chosen). */
    private final Supplier<FeeRule> cardFees;
    private final Div cardFee = new Div();
    private FeeRule cardFeeRule;
    private AccountSummary account;
    /** The canteen card's balance as the read model knew it, less what this page has paid since. */
    private Money balance;

    CheckoutForm(BasketPanel basket, PortalCommands commands, PaymentQueries payments, PaymentSettings settings,
                 MunicipalitySettings municipality, Supplier<FeeRule> cardFees, Consumer<Money> whenPaid) {
        this.basket = basket;
        this.commands = commands;
        this.payments = payments;
        this.settings = settings;
        this.cardFees = cardFees;
        this.whenPaid = whenPaid;
        setId("checkout-section");
        H3 heading = new H3(getTranslation("webshop.checkout.title"));
        Paragraph paymentHelp = paymentChoice();
        termsCheckbox();
        Paragraph termsLine = new Paragraph(getTranslation("webshop.terms.read") + " ");
        termsLine.add(TermsDialog.link("checkout-terms-link", municipality));

        checkout.setId("checkout");
        checkout.setText(getTranslation("webshop.checkout"));
        checkout.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checkout.setDisableOnClick(true); // one order per click, however fast the clicks come
        checkout.addClickListener(click -> checkOut());
        cardFee.setId("checkout-card-fee");
        cardFee.getElement().setAttribute("aria-live", "polite");
        cardFee.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.MEDIUM);
        balanceLow.setId("checkout-balance-low");
        balanceLow.getElement().setAttribute("aria-live", "polite");
        balanceLow.addClassName(LumoUtility.TextColor.ERROR);
        balanceLow.setVisible(false);
        add(heading, blocked, payment, paymentHelp, balanceLow, cardFee, termsLine, accept, checkout, message,
                confirmation);
        basket.whenShown(this::enableCheckout);
        basket.whenRepriced(this::showCardFee);
        basket.whenRepriced(this::enableCheckout);
        showCardFee();
    }

    /** With the payment card: "Gebyr pr. levering" and what each delivery in the basket then costs. */
    private void showCardFee() {
        cardFee.removeAll();
        boolean byCard = payment.getValue() == OrderPayment.PAYMENT_CARD;
        cardFee.setVisible(byCard);
        if (!byCard) {
            return;
        }
        if (cardFeeRule == null) {
            try {
                cardFeeRule = cardFees.get();
            } catch (IllegalStateException unavailable) {
                log.warn("The card fee could not be read: {}", unavailable.toString());
                cardFee.add(feeLine("checkout-fee-rule", getTranslation("webshop.fee.unavailable")));
                return;
            }
        }
        String rule = FeeTexts.rule(cardFeeRule);
        cardFee.add(feeLine("checkout-fee-rule", getTranslation("webshop.fee.rule",
                rule.isEmpty() ? getTranslation("payment.fee.none") : rule)));
        Map<LocalDate, Money> deliveries = basket.deliveries();
        if (deliveries.isEmpty()) {
            return;
        }
        boolean alike = deliveries.values().stream().distinct().count() == 1;
        Money fees = Money.ZERO;
        int n = 0;
        for (Map.Entry<LocalDate, Money> delivery : deliveries.entrySet()) {
            Money amount = delivery.getValue();
            Money fee = cardFeeRule.feeFor(amount);
            fees = fees.plus(fee);
            if (alike && n++ == 0) {
                cardFee.add(feeLine("checkout-fee-delivery", getTranslation("webshop.fee.each-delivery",
                        DanishFormat.money(amount), DanishFormat.money(fee), DanishFormat.money(amount.plus(fee)))));
            } else if (!alike) {
                cardFee.add(feeLine("checkout-fee-delivery-" + delivery.getKey(), getTranslation(
                        "webshop.fee.delivery-on", WebshopDates.date(delivery.getKey()), DanishFormat.money(amount),
                        DanishFormat.money(fee), DanishFormat.money(amount.plus(fee)))));
            }
        }
        cardFee.add(feeLine("checkout-fee-total", getTranslation("webshop.fee.total",
                DanishFormat.money(basket.total().plus(fees)), DanishFormat.money(fees))));
    }

    private static Paragraph feeLine(String id, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        line.addClassName(LumoUtility.Margin.Vertical.XSMALL);
        return line;
    }

    private Paragraph paymentChoice() {
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
            PaymentPanel.showMessage(message, null);
            cardFeeRule = null; // read afresh: staff may have changed the fee schedule
            showCardFee();
            enableCheckout();
        });
        return paymentHelp;
    }

    private void termsCheckbox() {
        accept.setId("checkout-accept");
        accept.setLabel(getTranslation("payment.terms.accept"));
        accept.setRequiredIndicatorVisible(true);
        accept.setManualValidation(true);
        accept.addValueChangeListener(change -> {
            if (Boolean.TRUE.equals(change.getValue())) {
                accept.setInvalid(false);
            }
        });
    }

    /** The account that buys; a blocked canteen card gets the notice and no "Tjek ud". */
    void show(AccountSummary buyer) {
        account = buyer;
        balance = buyer == null ? null : buyer.balance();
        cardFeeRule = null;
        showCardFee();
        PaymentPanel.showMessage(blocked, isBlocked() ? getTranslation("webshop.blocked") : null);
        PaymentPanel.showMessage(message, null);
        PaymentPanel.showMessage(confirmation, null);
        enableCheckout();
    }

    /** Something new in the basket: the last order's confirmation is history. */
    void forgetConfirmation() {
        PaymentPanel.showMessage(confirmation, null);
    }

    private boolean isBlocked() {
        return account != null && account.status() == AccountStatus.BLOCKED;
    }

    private void enableCheckout() {
        boolean tooLittle = canteenCardTooLow();
        showBalanceLow(tooLittle);
        checkout.setEnabled(!basket.isEmpty() && !isBlocked() && !tooLittle);
    }

    /**
     * Paid with the canteen card, the basket costs more than the card holds (as far as the read model knows): the hint
     * with a link to Indbetaling, and no "Tjek ud" with the canteen card. The account still decides at checkout.
     */
    private boolean canteenCardTooLow() {
        return payment.getValue() == OrderPayment.CANTEEN_CARD && account != null && !isBlocked() && balance != null
                && !basket.isEmpty() && basket.total().isGreaterThan(balance);
    }

    private void showBalanceLow(boolean tooLittle) {
        balanceLow.removeAll();
        balanceLow.setVisible(tooLittle);
        if (tooLittle) {
            balanceLow.add(new Text(getTranslation("webshop.balance-too-low", DanishFormat.money(balance),
                    DanishFormat.money(basket.total())) + " "));
            balanceLow.add(WebshopComponents.routeLink("checkout-deposit-link",
                    Routes.PAYMENTS + "?konto=" + WebshopComponents.encode(account.accountId()),
                    getTranslation("webshop.balance-too-low.deposit")));
        }
    }

    /**
     * "Tjek ud": the checkout is recorded, the webshop-checkout process prices the basket, places the order and pays
     * it; what the command side then knows (paid, declined, refused or the hosted page) decides what the page shows.
     */
    private void checkOut() {
        boolean leaving = false;
        PaymentPanel.showMessage(message, null);
        PaymentPanel.showMessage(confirmation, null);
        try {
            Optional<CataloguePlace> place = basket.place();
            OrderPayment how = payment.getValue();
            if (account == null || isBlocked()) {
                return;
            }
            if (basket.isEmpty() || place.isEmpty()) {
                PaymentPanel.showMessage(message, getTranslation("webshop.basket.empty"));
                return;
            }
            if (how == null) {
                PaymentPanel.showMessage(message, getTranslation("webshop.payment.required"));
                return;
            }
            if (!termsAccepted()) {
                return;
            }
            String orderId = UUID.randomUUID().toString();
            Money expected = basket.total();
            commands.send(new CheckOutBasket(account.accountId(), orderId, place.get().placeId(), basket.items(), how,
                    links(account.accountId(), orderId)));
            leaving = showAnswer(orderId, payments.checkoutProgress(account.accountId(), orderId), how, expected);
        } catch (RejectedException refusal) {
            PaymentPanel.showMessage(message, getTranslation(WebshopTexts.refusalKey(refusal)));
        } catch (IllegalStateException unavailable) {
            log.warn("A webshop checkout failed: {}", unavailable.toString());
            PaymentPanel.showMessage(message, getTranslation("webshop.unavailable"));
        } finally {
            if (leaving) {
                checkout.setEnabled(false);
            } else {
                enableCheckout();
            }
        }
    }

    private boolean termsAccepted() {
        boolean accepted = accept.getValue();
        accept.setInvalid(!accepted);
        accept.setErrorMessage(accepted ? null : getTranslation("payment.terms.required"));
        if (!accepted) {
            accept.focus();
        }
        return accepted;
    }

    /** Shows the checkout's outcome; true when the browser leaves for the hosted page. */
    private boolean showAnswer(String orderId, CheckoutProgress answer, OrderPayment how, Money expected) {
        Money paid = answer.total() == null ? expected : answer.total();
        if (answer.stage() == CheckoutStage.PAID) {
            if (how == OrderPayment.CANTEEN_CARD && balance != null) {
                balance = balance.minus(paid);
            }
            basket.empty();
            accept.setValue(false);
            whenPaid.accept(paid);
            PaymentPanel.showMessage(confirmation, getTranslation("webshop.checkout.paid",
                    WebshopTexts.orderNumber(orderId), DanishFormat.money(paid)));
            confirmation.add(new Text(" "),
                    WebshopComponents.routeLink("checkout-order-link",
                            WebshopComponents.orderLocation(account.accountId(), orderId),
                            getTranslation("webshop.order.show")));
            return false;
        }
        if (answer.stage() == CheckoutStage.PAYMENT_FAILED) {
            String reason = answer.declined() == null ? getTranslation("payment.decline.DECLINED")
                    : getTranslation(WebshopTexts.failureKey(how, answer.declined()));
            PaymentPanel.showMessage(message, getTranslation("webshop.checkout.failed", reason));
            return false;
        }
        if (answer.stage() == CheckoutStage.HOSTED_PAGE && answer.hostedPageUrl() != null) {
            UI.getCurrent().getPage().setLocation(answer.hostedPageUrl());
            return true;
        }
        throw new IllegalStateException("Unexpected checkout answer " + answer.stage());
    }

    private PaymentPageLinks links(String accountId, String orderId) {
        String base = PaymentLinks.of(settings).baseUrl();
        String back = base + Routes.WEBSHOP_PAYMENT_RETURN + "?ordre=" + WebshopComponents.encode(orderId)
                + "&konto=" + WebshopComponents.encode(accountId);
        return new PaymentPageLinks(back, back + "&annulleret=1", base + Routes.TERMS);
    }
}
