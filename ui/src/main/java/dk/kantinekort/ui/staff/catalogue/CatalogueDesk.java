package dk.kantinekort.ui.staff.catalogue;

import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import dk.kantinekort.api.catalogue.ListPlansOfPlace;
import dk.kantinekort.api.catalogue.ListProductsOfPlace;
import dk.kantinekort.api.catalogue.OfferPlan;
import dk.kantinekort.api.catalogue.OfferProduct;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.catalogue.PlanView;
import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.api.catalogue.RepricePlan;
import dk.kantinekort.api.catalogue.RepriceProduct;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.catalogue.WithdrawPlan;
import dk.kantinekort.api.catalogue.WithdrawProduct;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.till.ListPlaces;
import dk.kantinekort.api.till.PlaceView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The webshop's products and the subscription plans (F14, F15, F16) as staff keep them: offered at a place (a new
 * random id, as the admin API makes them), repriced and withdrawn. Orders and enrolments keep the price they were
 * made at.
 */
class CatalogueDesk {

    static final int MAX_TEXT = 200;
    static final int MAX_DESCRIPTION = 1_000;
    /** "35", "35,50", "1.250,00", "35.5": kroner with at most two decimals. */
    private static final Pattern KRONER = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|\\d+([,.]\\d{1,2})?");

    /** "1.250": a Danish thousands separator, not decimals. */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private final StaffQueries queries;
    private final StaffCommands commands;

    CatalogueDesk(StaffQueries queries, StaffCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** The staff's places by name; throws IllegalStateException when the read side is away. */
    List<PlaceView> places() {
        return queries.list(new ListPlaces(), PlaceView.class);
    }

    /** The products of a place, withdrawn ones included. */
    List<ProductView> products(String placeId) {
        return queries.list(new ListProductsOfPlace(placeId, true), ProductView.class);
    }

    /** The plans offered at a place, withdrawn ones included. */
    List<PlanView> plans(String placeId) {
        return queries.list(new ListPlansOfPlace(placeId, true), PlanView.class);
    }

    Outcome offerProduct(String placeId, String sku, String name, Money price, List<LocalDate> deliveryDates) {
        return offerProduct(placeId, sku, name, price, deliveryDates, null);
    }

    /** With the category till lines of this sku count under when the till names none (null: none named). */
    Outcome offerProduct(String placeId, String sku, String name, Money price, List<LocalDate> deliveryDates,
                         ProductCategory category) {
        return Outcome.of(() -> commands.send(new OfferProduct(UUID.randomUUID().toString(), placeId, sku.strip(),
                name.strip(), price, deliveryDates.stream().distinct().sorted().toList(), category)),
                "backoffice.catalogue.product-offered");
    }

    Outcome repriceProduct(ProductView product, Money price) {
        return Outcome.of(() -> commands.send(new RepriceProduct(product.productId(), price)),
                "backoffice.catalogue.repriced");
    }

    Outcome withdrawProduct(ProductView product) {
        return Outcome.of(() -> commands.send(new WithdrawProduct(product.productId())),
                "backoffice.catalogue.product-withdrawn");
    }

    Outcome offerPlan(String name, String description, Money price, SubscriptionPeriod period, List<String> placeIds) {
        return Outcome.of(() -> commands.send(new OfferPlan(UUID.randomUUID().toString(), name.strip(),
                description == null ? "" : description.strip(), price, period, List.copyOf(placeIds))),
                "backoffice.catalogue.plan-offered");
    }

    Outcome repricePlan(PlanView plan, Money price) {
        return Outcome.of(() -> commands.send(new RepricePlan(plan.planId(), price)), "backoffice.catalogue.repriced");
    }

    Outcome withdrawPlan(PlanView plan) {
        return Outcome.of(() -> commands.send(new WithdrawPlan(plan.planId())), "backoffice.catalogue.plan-withdrawn");
    }

    /** A price typed in kroner ("35", "35,50"), between 0,01 kr. and the largest deposit; empty otherwise. */
    static Optional<Money> kroner(String text) {
        String typed = text == null ? "" : text.strip().replace(" ", "");
        if (!KRONER.matcher(typed).matches()) {
            return Optional.empty();
        }
        String plain = typed.contains(",") || THOUSANDS.matcher(typed).matches()
                ? typed.replace(".", "").replace(',', '.') : typed;
        long ore = new BigDecimal(plain).movePointRight(2).longValueExact();
        Money price = Money.ofOre(ore);
        return price.isPositive() && !price.isGreaterThan(Limits.MAX_DEPOSIT) ? Optional.of(price) : Optional.empty();
    }
}
