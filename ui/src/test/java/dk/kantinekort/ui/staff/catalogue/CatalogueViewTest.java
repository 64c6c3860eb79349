package dk.kantinekort.ui.staff.catalogue;

import dk.kantinekort.ui.testing.BackofficeUiTest;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.catalogue.ListPlansOfPlace;
import dk.kantinekort.api.catalogue.ListProductsOfPlace;
import dk.kantinekort.api.catalogue.OfferPlan;
import dk.kantinekort.api.catalogue.OfferProduct;
import dk.kantinekort.api.catalogue.PlanView;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.api.catalogue.RepricePlan;
import dk.kantinekort.api.catalogue.RepriceProduct;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.catalogue.WithdrawPlan;
import dk.kantinekort.api.catalogue.WithdrawProduct;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ListPayoutRequests;
import dk.kantinekort.api.till.ListPlaces;
import dk.kantinekort.api.till.PlaceView;
import dk.kantinekort.ui.security.CurrentStaff.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogueViewTest extends BackofficeUiTest {

    static final PlaceView SKOLE = new PlaceView("gladsaxe-skole", "Gladsaxe Skole", UnitKind.SCHOOL, List.of());
    static final PlaceView BIBLIOTEK = new PlaceView("bibliotek", "Gladsaxe Bibliotek", UnitKind.LIBRARY, List.of());
    static final List<LocalDate> WEEK = List.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 7));
    static final ProductView FROKOST = new ProductView("frokost", "gladsaxe-skole", "FROKOST-15", "Frokost uge 15",
            Money.ofOre(3_500), WEEK, false);
    static final ProductView MAELK = new ProductView("maelk", "gladsaxe-skole", "MAELK", "Mælk", Money.ofOre(600),
            WEEK, true);
    static final PlanView FRUGT = new PlanView("frugtordning", "Frugtordning", "Frugt hver dag", Money.ofOre(4_500),
            SubscriptionPeriod.WEEK, List.of("gladsaxe-skole", "bibliotek"), false);

    @BeforeEach
    void aSchoolWithLunchMilkAndFruit() {
        queries.answer(ListPlaces.class, q -> List.of(SKOLE, BIBLIOTEK));
        queries.answer(ListProductsOfPlace.class, q -> q.placeId().equals("gladsaxe-skole") && q.includeWithdrawn()
                ? List.of(FROKOST, MAELK) : List.of());
        queries.answer(ListPlansOfPlace.class, q -> "gladsaxe-skole".equals(q.placeId()) && q.includeWithdrawn()
                ? List.of(FRUGT) : List.of());
        commands.answer(OfferProduct.class, c -> null);
        commands.answer(RepriceProduct.class, c -> null);
        commands.answer(WithdrawProduct.class, c -> null);
        commands.answer(OfferPlan.class, c -> null);
        commands.answer(RepricePlan.class, c -> null);
        commands.answer(WithdrawPlan.class, c -> null);
    }

    @Test
    void theFirstPlacesProductsAndPlansAreListedWithPricesDatesAndWhetherWithdrawn() {
        open("backoffice/katalog");

        assertThat(rowText("product-frokost")).contains("FROKOST-15", "Frokost uge 15", "35,00 kr.",
                "06-04-2026, 07-04-2026", "Udbydes");
        assertThat(rowText("product-maelk")).contains("Mælk", "6,00 kr.", "Taget af hylden");
        assertThat(_find(Button.class, spec -> spec.withId("product-withdraw-maelk"))).isEmpty();
        assertThat(rowText("plan-frugtordning")).contains("Frugtordning", "45,00 kr.", "Uge",
                "Gladsaxe Skole, Gladsaxe Bibliotek", "Udbydes");
    }

    @Test
    void anotherPlaceShowsItsOwnCatalogue() {
        open("backoffice/katalog");

        @SuppressWarnings("unchecked")
        Select<PlaceView> place = _get(Select.class, spec -> spec.withId("catalogue-place"));
        _setValue(place, BIBLIOTEK);

        assertThat(_find(Button.class, spec -> spec.withId("product-reprice-frokost"))).isEmpty();
        assertThat(paragraph("catalogue-no-products")).isEqualTo("Stedet har ingen produkter.");
        assertThat(paragraph("catalogue-no-plans")).isEqualTo("Stedet har ingen abonnementer.");
    }

    @Test
    void aNewProductIsOfferedAtThePlaceWithItsPriceInOreAndItsDeliveryDatesInOrder() {
        open("backoffice/katalog");
        _click(_get(Button.class, spec -> spec.withId("catalogue-new-product")));

        _setValue(_get(TextField.class, spec -> spec.withId("product-sku")), " FROKOST-16 ");
        _setValue(_get(TextField.class, spec -> spec.withId("product-name")), "Frokost uge 16");
        _setValue(_get(TextField.class, spec -> spec.withId("product-price")), "35,50");
        addDate(LocalDate.of(2026, 4, 14));
        addDate(LocalDate.of(2026, 4, 13));
        addDate(LocalDate.of(2026, 4, 14));
        _click(_get(Button.class, spec -> spec.withId("product-save")));

        OfferProduct sent = commands.sent(OfferProduct.class).get(0);
        assertThat(UUID.fromString(sent.productId())).isNotNull();
        assertThat(sent).isEqualTo(new OfferProduct(sent.productId(), "gladsaxe-skole", "FROKOST-16",
                "Frokost uge 16", Money.ofOre(3_550), List.of(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 14))));
        assertThat(commands.metaData().get(0).get(Metadata.ACTOR)).isEqualTo("admin:admin");
        assertThat(paragraph("catalogue-message")).isEqualTo("Produktet udbydes nu.");
    }

    @Test
    void aNewProductMayNameTheCategoryTillLinesOfItsSkuCountUnder() {
        open("backoffice/katalog");
        _click(_get(Button.class, spec -> spec.withId("catalogue-new-product")));

        _setValue(_get(TextField.class, spec -> spec.withId("product-sku")), "COLA");
        _setValue(_get(TextField.class, spec -> spec.withId("product-name")), "Cola");
        _setValue(_get(TextField.class, spec -> spec.withId("product-price")), "15,00");
        @SuppressWarnings("unchecked")
        Select<dk.kantinekort.api.spending.ProductCategory> category =
                _get(Select.class, spec -> spec.withId("product-category"));
        _setValue(category, dk.kantinekort.api.spending.ProductCategory.SODAVAND);
        addDate(LocalDate.of(2026, 4, 14));
        _click(_get(Button.class, spec -> spec.withId("product-save")));

        OfferProduct sent = commands.sent(OfferProduct.class).get(0);
        assertThat(sent.category()).isEqualTo(dk.kantinekort.api.spending.ProductCategory.SODAVAND);
    }

    @Test
    void aProductWithoutDatesOrWithAPriceThatIsNoPriceIsStoppedAtTheFields() {
        open("backoffice/katalog");
        _click(_get(Button.class, spec -> spec.withId("catalogue-new-product")));

        _setValue(_get(TextField.class, spec -> spec.withId("product-sku")), "FROKOST-16");
        _setValue(_get(TextField.class, spec -> spec.withId("product-name")), "Frokost uge 16");
        _setValue(_get(TextField.class, spec -> spec.withId("product-price")), "35 kroner");
        _click(_get(Button.class, spec -> spec.withId("product-save")));

        TextField price = _get(TextField.class, spec -> spec.withId("product-price"));
        assertThat(price.isInvalid()).isTrue();
        assertThat(price.getErrorMessage()).startsWith("Skriv en pris mellem 0,01 og 5.000,00 kr.");
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("product-date"));
        assertThat(date.getErrorMessage()).isEqualTo("Tilføj mindst én leveringsdato.");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aProductGetsANewPrice() {
        open("backoffice/katalog");
        _click(_get(Button.class, spec -> spec.withId("product-reprice-frokost")));
        assertThat(_get(TextField.class, spec -> spec.withId("reprice-price")).getValue()).isEqualTo("35,00");

        _setValue(_get(TextField.class, spec -> spec.withId("reprice-price")), "40");
        _click(_get(Button.class, spec -> spec.withId("reprice-save")));

        assertThat(commands.sent()).containsExactly(new RepriceProduct("frokost", Money.ofKroner(40)));
        assertThat(paragraph("catalogue-message")).isEqualTo("Den nye pris gælder fra nu af.");
    }

    @Test
    void aProductIsTakenOffTheShelfOnlyAfterConfirmation() {
        open("backoffice/katalog");
        _click(_get(Button.class, spec -> spec.withId("product-withdraw-frokost")));
        assertThat(commands.sent()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("withdraw-confirm")));

        assertThat(commands.sent()).containsExactly(new WithdrawProduct("frokost"));
        assertThat(paragraph("catalogue-message")).isEqualTo("Produktet er taget af hylden.");
    }

    @Test
    void aNewPlanIsOfferedWithItsPeriodAndPlaces() {
        open("backoffice/katalog");
        _click(_get(Button.class, spec -> spec.withId("catalogue-new-plan")));

        _setValue(_get(TextField.class, spec -> spec.withId("plan-name")), "Mælkeordning");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-description")), "Skolemælk hver dag");
        _setValue(_get(TextField.class, spec -> spec.withId("plan-price")), "1.250,00");
        @SuppressWarnings("unchecked")
        Select<SubscriptionPeriod> period = _get(Select.class, spec -> spec.withId("plan-period"));
        _setValue(period, SubscriptionPeriod.MONTH);
        @SuppressWarnings("unchecked")
        CheckboxGroup<PlaceView> places = _get(CheckboxGroup.class, spec -> spec.withId("plan-places"));
        assertThat(places.getValue()).as("the chosen place to begin with").containsExactly(SKOLE);
        _setValue(places, Set.of(SKOLE, BIBLIOTEK));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        OfferPlan sent = commands.sent(OfferPlan.class).get(0);
        assertThat(sent).isEqualTo(new OfferPlan(sent.planId(), "Mælkeordning", "Skolemælk hver dag",
                Money.ofKroner(1_250), SubscriptionPeriod.MONTH, List.of("gladsaxe-skole", "bibliotek")));
        assertThat(paragraph("catalogue-message")).isEqualTo("Abonnementet udbydes nu.");
    }

    @Test
    void aPlanWithoutANameOrPlacesIsStoppedAtTheFields() {
        open("backoffice/katalog");
        _click(_get(Button.class, spec -> spec.withId("catalogue-new-plan")));

        _setValue(_get(TextField.class, spec -> spec.withId("plan-price")), "45");
        @SuppressWarnings("unchecked")
        CheckboxGroup<PlaceView> places = _get(CheckboxGroup.class, spec -> spec.withId("plan-places"));
        _setValue(places, Set.of());
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        assertThat(_get(TextField.class, spec -> spec.withId("plan-name")).getErrorMessage()).isEqualTo("Udfyld feltet.");
        assertThat(places.getErrorMessage()).isEqualTo("Vælg mindst ét sted.");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aPlanIsRepricedAndWithdrawn() {
        open("backoffice/katalog");
        _click(_get(Button.class, spec -> spec.withId("plan-reprice-frugtordning")));
        _setValue(_get(TextField.class, spec -> spec.withId("reprice-price")), "49,95");
        _click(_get(Button.class, spec -> spec.withId("reprice-save")));
        _click(_get(Button.class, spec -> spec.withId("plan-withdraw-frugtordning")));
        _click(_get(Button.class, spec -> spec.withId("withdraw-confirm")));

        assertThat(commands.sent()).containsExactly(new RepricePlan("frugtordning", Money.ofOre(4_995)),
                new WithdrawPlan("frugtordning"));
        assertThat(paragraph("catalogue-message")).isEqualTo("Abonnementet er taget af hylden.");
    }

    @Test
    void aRefusalIsSaidInDanish() {
        commands.answer(RepriceProduct.class, c -> {
            throw new RejectedException(RejectionCode.INVALID_REQUEST, "A price is between 0,01 and 5000");
        });
        open("backoffice/katalog");
        _click(_get(Button.class, spec -> spec.withId("product-reprice-frokost")));
        _setValue(_get(TextField.class, spec -> spec.withId("reprice-price")), "40");
        _click(_get(Button.class, spec -> spec.withId("reprice-save")));

        assertThat(paragraph("catalogue-message")).isEqualTo("Handlingen kan ikke udføres med disse oplysninger.");
    }

    @Test
    void theCatalogueIsForAdminsOnly() {
        assertThat(CatalogueView.class.getAnnotation(RolesAllowed.class).value()).containsExactly("ADMIN");

        queries.answer(ListPayoutRequests.class, q -> List.of());
        open("backoffice");
        assertThat(_find(Anchor.class, spec -> spec.withId("staff-menu-katalog"))).as("an admin's menu").hasSize(1);

        staff.logIn("revisor", Role.AUDITOR);
        open("backoffice/katalog");
        assertThat(_find(Anchor.class, spec -> spec.withId("staff-menu-katalog"))).as("an auditor's menu").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("product-withdraw-frokost")));
        _click(_get(Button.class, spec -> spec.withId("withdraw-confirm")));
        assertThat(commands.sent()).as("the back office sends nothing for an auditor").isEmpty();
    }

    private static void addDate(LocalDate day) {
        _setValue(_get(DatePicker.class, spec -> spec.withId("product-date")), day);
        _click(_get(Button.class, spec -> spec.withId("product-add-date")));
    }
}
