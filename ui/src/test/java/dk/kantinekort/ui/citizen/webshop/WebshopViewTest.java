package dk.kantinekort.ui.citizen.webshop;

import dk.kantinekort.api.payment.FindCheckoutProgress;
import dk.kantinekort.api.payment.CheckoutStage;
import dk.kantinekort.api.payment.CheckoutProgress;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.catalogue.ListProductsOfPlace;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.FindPaymentTerms;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.api.webshop.BasketItem;
import dk.kantinekort.api.webshop.CheckOutBasket;
import dk.kantinekort.api.webshop.OrderPayment;
import dk.kantinekort.ui.testing.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebshopViewTest extends WebshopUiTest {

    @Test
    void theKontiChooserNamesTheCardAccountWithItsWholeCardNumberAsMineKontiDoes() {
        open("webshop?konto=" + CHRISTIAN_ACCOUNT);
        ComboBox<AccountSummary> account = _get(ComboBox.class, spec -> spec.withId("webshop-account"));
        assertThat(account.getItemLabelGenerator().apply(account.getValue()))
                .isEqualTo("Betalingskort 1562265116 – Christian Harms");
    }

    @Test
    void theBasketTotalIsPricePerDeliveryTimesQuantityTimesTheDeliveriesStillToCome() {
        ProductView fruit = new ProductView("frugt", SCHOOL.placeId(), "FRUGT", "Frugt", Money.ofOre(500),
                List.of(LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-27")),
                false);
        queries.answer(ListProductsOfPlace.class, q -> List.of(LUNCH, MILK, fruit));
        open("webshop");

        assertThat(text("product-frokost-price")).isEqualTo("35,00 kr. pr. levering");
        assertThat(text("product-frokost-dates"))
                .isEqualTo("Leveringsdatoer: 30-11-2026, 01-12-2026, 02-12-2026, 03-12-2026, 04-12-2026");
        assertThat(text("product-frugt-dates")).as("only the date still to come").isEqualTo("Leveringsdatoer: 27-11-2026");
        assertThat(text("basket-total")).isEqualTo("I alt: 0,00 kr.");

        add("frokost", 2);
        assertThat(text("basket-total")).as("35 × 2 × 5").isEqualTo("I alt: 350,00 kr.");
        add("frugt", 3);
        assertThat(text("basket-total")).as("+ 5 × 3 × the one delivery to come").isEqualTo("I alt: 365,00 kr.");
        assertThat(text("basket-frugt-amount")).isEqualTo("15,00 kr.");

        _setValue(_get(IntegerField.class, spec -> spec.withId("basket-frokost-quantity")), 1);
        assertThat(text("basket-frokost-amount")).isEqualTo("175,00 kr.");
        assertThat(text("basket-total")).isEqualTo("I alt: 190,00 kr.");

        _click(_get(Button.class, spec -> spec.withId("basket-frugt-remove")));
        assertThat(text("basket-total")).isEqualTo("I alt: 175,00 kr.");
        assertThat(text("basket-explain")).contains("pr. levering", "endnu ikke er nået");
    }

    /** The fee schedule: 1,00 kr. + 1,25 % on a payment card (MobilePay differs, so the right method is asked). */
    static PaymentTerms terms() {
        return new PaymentTerms(Money.ofKroner(1), Money.ofKroner(5_000), Map.of(
                DepositMethod.PAYMENT_CARD, new FeeRule(100, 125), DepositMethod.MOBILEPAY, new FeeRule(0, 100)),
                Money.ofKroner(50));
    }

    @Test
    void withAPaymentCardTheFeeRuleAndWhatEachDeliveryThenCostsAreShownBeforePaying() {
        queries.answer(FindPaymentTerms.class, q -> terms());
        open("webshop");
        add("frokost", 1);
        assertThat(_find(Div.class, spec -> spec.withId("checkout-card-fee")))
                .as("the canteen card is no card transaction: no fee").isEmpty();

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("checkout-payment")), OrderPayment.PAYMENT_CARD);

        assertThat(text("checkout-fee-rule")).isEqualTo("Gebyr pr. levering: 1,00 kr. + 1,25 %");
        assertThat(text("checkout-fee-delivery")).isEqualTo("Hver levering koster 35,00 kr. + gebyr 1,44 kr. = 36,44 kr.");
        assertThat(text("checkout-fee-total")).isEqualTo("I alt med gebyrer: 182,20 kr. (heraf gebyrer 7,20 kr.)");

        add("maelk", 1);
        assertThat(text("checkout-fee-delivery")).as("the fee follows the basket")
                .isEqualTo("Hver levering koster 41,00 kr. + gebyr 1,51 kr. = 42,51 kr.");
    }

    @Test
    void deliveriesOfDifferentAmountsEachShowTheirOwnFee() {
        ProductView fruit = new ProductView("frugt", SCHOOL.placeId(), "FRUGT", "Frugt", Money.ofOre(500),
                List.of(LocalDate.parse("2026-11-27")), false);
        queries.answer(ListProductsOfPlace.class, q -> List.of(LUNCH, MILK, fruit));
        queries.answer(FindPaymentTerms.class, q -> terms());
        open("webshop");
        add("frokost", 1);
        add("frugt", 1);

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("checkout-payment")), OrderPayment.PAYMENT_CARD);

        assertThat(text("checkout-fee-delivery-2026-11-27")).isEqualTo("Levering 27-11-2026: 5,00 kr. + gebyr 1,06 kr. = 6,06 kr.");
        assertThat(text("checkout-fee-delivery-2026-11-30")).isEqualTo("Levering 30-11-2026: 35,00 kr. + gebyr 1,44 kr. = 36,44 kr.");
        assertThat(text("checkout-fee-total")).isEqualTo("I alt med gebyrer: 188,26 kr. (heraf gebyrer 8,26 kr.)");
    }

    @Test
    void aFeeThatCannotBeReadIsSaidAndCheckoutStillWorks() {
        open("webshop");
        add("frokost", 1);

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("checkout-payment")), OrderPayment.PAYMENT_CARD);

        assertThat(text("checkout-fee-rule")).isEqualTo("Gebyret kan ikke vises lige nu. Prøv igen om lidt.");
        assertThat(_get(Button.class, spec -> spec.withId("checkout")).isEnabled()).isTrue();
    }

    @Test
    void checkoutWithTheCanteenCardShowsBetaltAndTheBalanceLessTheTotal() {
        commands.answer(CheckOutBasket.class, c -> null);
        queries.answer(FindCheckoutProgress.class, q -> new CheckoutProgress(q.checkoutId(), CheckoutStage.PAID, null,
                null, null, Money.ofOre(3_000)));
        open("webshop");
        assertThat(text("webshop-balance")).isEqualTo("Saldo 65,00 kr.");
        add("maelk", 1);

        checkOut(OrderPayment.CANTEEN_CARD);

        CheckOutBasket sent = commands.sent(CheckOutBasket.class).get(0);
        assertThat(sent.accountId()).isEqualTo(CHRISTIAN_ACCOUNT);
        assertThat(sent.placeId()).isEqualTo(SCHOOL.placeId());
        assertThat(sent.items()).containsExactly(new BasketItem("maelk", 1));
        assertThat(sent.payment()).isEqualTo(OrderPayment.CANTEEN_CARD);
        assertThat(sent.orderId()).matches("[0-9a-f-]{36}");
        assertThat(text("checkout-confirmation")).startsWith("Betalt.").contains("30,00 kr.");
        assertThat(text("webshop-balance")).isEqualTo("Saldo 35,00 kr.");
        assertThat(text("basket-total")).as("the basket is emptied").isEqualTo("I alt: 0,00 kr.");
    }

    @Test
    void checkoutWithAPaymentCardSendsTheBrowserToTheHostedPage() {
        commands.answer(CheckOutBasket.class, c -> null);
        queries.answer(FindCheckoutProgress.class, q -> new CheckoutProgress(q.checkoutId(), CheckoutStage.HOSTED_PAGE,
                "https://psp.example/hosted/abc", null, null, Money.ofOre(17_500)));
        open("webshop");
        add("frokost", 1);

        checkOut(OrderPayment.PAYMENT_CARD);

        CheckOutBasket sent = commands.sent(CheckOutBasket.class).get(0);
        assertThat(sent.payment()).isEqualTo(OrderPayment.PAYMENT_CARD);
        assertThat(sent.links().returnUrl()).isEqualTo("https://portal.example/webshop/betaling?ordre="
                + sent.orderId() + "&konto=" + CHRISTIAN_ACCOUNT);
        assertThat(sent.links().cancelUrl()).isEqualTo(sent.links().returnUrl() + "&annulleret=1");
        assertThat(sent.links().termsUrl()).isEqualTo("https://portal.example/betingelser");
        assertThat(browserLocations()).containsExactly("https://psp.example/hosted/abc");
        assertThat(_get(Button.class, spec -> spec.withId("checkout")).isEnabled())
                .as("no second order while the browser leaves").isFalse();
    }

    @Test
    void aRefusalIsShownInDanishNextToTheButtonAndTheButtonWorksAgain() {
        commands.answer(CheckOutBasket.class, c -> null); // recorded; the webshop-checkout process: not offered
        queries.answer(FindCheckoutProgress.class, q -> new CheckoutProgress(q.checkoutId(), CheckoutStage.REFUSED,
                null, RejectionCode.NOT_OFFERED, null, null));
        open("webshop");
        add("maelk", 1);

        checkOut(OrderPayment.CANTEEN_CARD);

        assertThat(text("checkout-message"))
                .isEqualTo("En af varerne sælges ikke længere på stedet. Fjern den fra kurven og prøv igen.");
        assertThat(_get(Button.class, spec -> spec.withId("checkout")).isEnabled()).isTrue();
    }

    @Test
    void aCanteenCardWithoutEnoughMoneyIsSaidNextToTheButton() {
        commands.answer(CheckOutBasket.class, c -> null);
        queries.answer(FindCheckoutProgress.class, q -> new CheckoutProgress(q.checkoutId(),
                CheckoutStage.PAYMENT_FAILED, null, null, PaymentDeclineReason.INSUFFICIENT_FUNDS, Money.ofOre(3_000)));
        open("webshop");
        add("maelk", 1); // 30,00 kr. of 65,00 kr. as far as the page knows; the ledger decides

        checkOut(OrderPayment.CANTEEN_CARD);

        assertThat(text("checkout-message"))
                .isEqualTo("Ordren blev ikke betalt: Der er ikke penge nok på kantinekortet.");
        assertThat(text("webshop-balance")).isEqualTo("Saldo 65,00 kr.");
    }

    @Test
    void aBasketDearerThanTheCanteenCardIsSaidBeforeCheckoutWithALinkToIndbetaling() {
        open("webshop");
        add("maelk", 1);
        assertThat(_find(Paragraph.class, spec -> spec.withId("checkout-balance-low")))
                .as("30,00 kr. of 65,00 kr.: no hint").isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("checkout")).isEnabled()).isTrue();

        add("frokost", 1);

        assertThat(text("checkout-balance-low")).isEqualTo("Kurven koster 205,00 kr., og der er kun 65,00 kr. på kantinekortet. "
                + "Indbetal på kortet, eller betal med betalingskort. Gå til Indbetaling");
        assertThat(_get(Anchor.class, spec -> spec.withId("checkout-deposit-link")).getHref())
                .isEqualTo("indbetaling?konto=" + CHRISTIAN_ACCOUNT);
        assertThat(_get(Button.class, spec -> spec.withId("checkout")).isEnabled())
                .as("no canteen-card checkout the ledger would refuse").isFalse();

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("checkout-payment")), OrderPayment.PAYMENT_CARD);

        assertThat(_find(Paragraph.class, spec -> spec.withId("checkout-balance-low")))
                .as("a payment card pays the basket").isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("checkout")).isEnabled()).isTrue();

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("checkout-payment")), OrderPayment.CANTEEN_CARD);
        _click(_get(Button.class, spec -> spec.withId("basket-frokost-remove")));

        assertThat(_find(Paragraph.class, spec -> spec.withId("checkout-balance-low")))
                .as("the hint follows the basket").isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("checkout")).isEnabled()).isTrue();
    }

    @Test
    void aLedgerThatDoesNotAnswerGivesAGeneralTextAndNoStackTrace() {
        commands.answer(CheckOutBasket.class, c -> {
            throw new IllegalStateException("boom");
        });
        open("webshop");
        add("maelk", 1);

        checkOut(OrderPayment.CANTEEN_CARD);

        assertThat(text("checkout-message")).isEqualTo("Det kan ikke lade sig gøre lige nu. Prøv igen om lidt.");
    }

    @Test
    void nothingIsOrderedBeforeTheTermsAreAccepted() {
        open("webshop");
        add("maelk", 1);

        _click(_get(Button.class, spec -> spec.withId("checkout")));

        assertThat(commands.sent(CheckOutBasket.class)).isEmpty();
        assertThat(_get(Checkbox.class, spec -> spec.withId("checkout-accept")).isInvalid()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("checkout-accept")).getLabel())
                .isEqualTo("Jeg har læst og accepteret betalingsbetingelserne");
        assertThat(_find(Button.class, spec -> spec.withId("checkout-terms-link"))).hasSize(1);
    }

    @Test
    void aBlockedCanteenCardCannotCheckOutUntilTheBlockIsLifted() {
        AccountSummary blocked = TestData.account(CHRISTIAN_ACCOUNT, TestData.CHRISTIAN, "Christian Harms", "270182-",
                "Betalingskort", 6500, AccountStatus.BLOCKED, "1562265116");
        queries.answer(FindAccessibleAccounts.class, q -> List.of(blocked, TestData.RELATION_CARD));
        open("webshop?konto=" + CHRISTIAN_ACCOUNT);
        add("maelk", 1);
        // the payment card: the other account's 10,00 kr. would not pay the milk with the canteen card
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("checkout-payment")), OrderPayment.PAYMENT_CARD);
        _setValue(_get(Checkbox.class, spec -> spec.withId("checkout-accept")), true);

        assertThat(text("checkout-blocked"))
                .isEqualTo("Kontoen er spærret af kommunen. Kontakt support for at få spærringen ophævet, før du handler i webshoppen.");
        assertThat(_get(Button.class, spec -> spec.withId("checkout")).isEnabled())
                .as("no order the ledger would refuse (ACCOUNT_BLOCKED)").isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("product-maelk-add")))
                .as("the products can still be looked at").hasSize(1);

        _setValue(_get(ComboBox.class, spec -> spec.withId("webshop-account")), TestData.RELATION_CARD);

        assertThat(_find(Paragraph.class, spec -> spec.withId("checkout-blocked"))).as("the notice goes").isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("checkout")).isEnabled())
                .as("an account that is not blocked checks out").isTrue();
        assertThat(commands.sent(CheckOutBasket.class)).isEmpty();
    }

    @Test
    void anotherPersonsAccountInTheAddressIsIgnoredWithANeutralNotice() {
        open("webshop?konto=" + ANNA_CARD.accountId());

        assertThat(_get(Paragraph.class, spec -> spec.withId("webshop-konto-ignored")).getText())
                .doesNotContain("Anna");
        assertThat(text("webshop-balance")).isEqualTo("Saldo 65,00 kr.");
    }

    private static void add(String productId, int quantity) {
        _setValue(_get(IntegerField.class, spec -> spec.withId("product-" + productId + "-quantity")), quantity);
        _click(_get(Button.class, spec -> spec.withId("product-" + productId + "-add")));
    }

    @SuppressWarnings("unchecked")
    private static void checkOut(OrderPayment payment) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("checkout-payment")), payment);
        _setValue(_get(Checkbox.class, spec -> spec.withId("checkout-accept")), true);
        _click(_get(Button.class, spec -> spec.withId("checkout")));
    }
}
