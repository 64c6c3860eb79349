package dk.kantinekort.pos.catalogue;

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
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.auth.ApiRole;
import dk.kantinekort.pos.auth.Role;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.web.Ids;
import dk.kantinekort.pos.web.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The webshop's products and the subscription plans (F14, F15) as staff keep them: offer, reprice, withdraw. The
 * back office's pages and the embedded default's demo catalogue use the same commands.
 */
@RestController
@ApiRole(Role.ADMIN)
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfiguration.ADMIN)
class CatalogueController {

    /**
     * A product to offer: price per delivery in øre, one delivery per date; the optional category (MAALTID, FRUGT,
     * DRIKKE, SODAVAND, SLIK, SNACK, UKENDT) is also what till lines with this sku at this place count under when the
     * till sends none (Forbrugsregler).
     */
    record ProductOffer(String productId, String placeId, String sku, String name, Long priceOre,
                        List<LocalDate> deliveryDates, String category) {
    }

    /** A plan to offer: price per period (WEEK or MONTH) in øre, at the given places. */
    record PlanOffer(String planId, String name, String description, Long priceOre, String period,
                     List<String> placeIds) {
    }

    /** A new price in øre. */
    record Price(Long priceOre) {
    }

    /** The id of what was offered. */
    record Offered(String id) {
    }

    private final Ledger ledger;

    CatalogueController(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping(path = "/api/v1/admin/catalogue/products", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Offer a product at a place", responses = {
            @ApiResponse(responseCode = "201", description = "Offered"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST")})
    Mono<ResponseEntity<Offered>> offerProduct(@RequestBody(required = false) ProductOffer body,
                                               @Parameter(hidden = true) ServerWebExchange exchange) {
        if (body == null || body.priceOre() == null || body.deliveryDates() == null) {
            throw PosProblem.invalid("placeId, sku, name, priceOre and deliveryDates are required");
        }
        String id = body.productId() == null ? UUID.randomUUID().toString() : Ids.require("productId", body.productId());
        return ledger.send(new OfferProduct(id, Ids.require("placeId", body.placeId()), body.sku(), body.name(),
                        Money.ofOre(body.priceOre()), body.deliveryDates(), category(body.category())),
                        ApiAuthentication.adminMetadata(exchange))
                .then(Mono.just(ResponseEntity.created(URI.create("/api/v1/admin/catalogue/products/" + id))
                        .body(new Offered(id))));
    }

    @PutMapping(path = "/api/v1/admin/catalogue/products/{productId}/price",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a product's price; orders placed before keep theirs")
    Mono<ResponseEntity<Void>> repriceProduct(@PathVariable String productId, @RequestBody(required = false) Price body,
                                              @Parameter(hidden = true) ServerWebExchange exchange) {
        return ledger.send(new RepriceProduct(Ids.require("productId", productId), price(body)),
                ApiAuthentication.adminMetadata(exchange)).then(Mono.just(ResponseEntity.noContent().build()));
    }

    @DeleteMapping(path = "/api/v1/admin/catalogue/products/{productId}")
    @Operation(summary = "Withdraw a product; orders placed before are delivered")
    Mono<ResponseEntity<Void>> withdrawProduct(@PathVariable String productId,
                                               @Parameter(hidden = true) ServerWebExchange exchange) {
        return ledger.send(new WithdrawProduct(Ids.require("productId", productId)),
                ApiAuthentication.adminMetadata(exchange)).then(Mono.just(ResponseEntity.noContent().build()));
    }

    @GetMapping(path = "/api/v1/admin/catalogue/places/{placeId}/products", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The products of a place, withdrawn ones included")
    Mono<List<ProductView>> products(@PathVariable String placeId) {
        return ledger.query(new ListProductsOfPlace(Ids.require("placeId", placeId), true),
                ResponseTypes.multipleInstancesOf(ProductView.class));
    }

    @PostMapping(path = "/api/v1/admin/catalogue/plans", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Offer a subscription plan at places", responses = {
            @ApiResponse(responseCode = "201", description = "Offered"),
            @ApiResponse(responseCode = "400", description = "INVALID_REQUEST")})
    Mono<ResponseEntity<Offered>> offerPlan(@RequestBody(required = false) PlanOffer body,
                                            @Parameter(hidden = true) ServerWebExchange exchange) {
        if (body == null || body.priceOre() == null || body.placeIds() == null) {
            throw PosProblem.invalid("name, priceOre, period and placeIds are required");
        }
        String id = body.planId() == null ? UUID.randomUUID().toString() : Ids.require("planId", body.planId());
        return ledger.send(new OfferPlan(id, body.name(), body.description(), Money.ofOre(body.priceOre()),
                        period(body.period()), body.placeIds().stream().map(p -> Ids.require("placeIds", p)).toList()),
                        ApiAuthentication.adminMetadata(exchange))
                .then(Mono.just(ResponseEntity.created(URI.create("/api/v1/admin/catalogue/plans/" + id))
                        .body(new Offered(id))));
    }

    @PutMapping(path = "/api/v1/admin/catalogue/plans/{planId}/price", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a plan's price per period")
    Mono<ResponseEntity<Void>> repricePlan(@PathVariable String planId, @RequestBody(required = false) Price body,
                                           @Parameter(hidden = true) ServerWebExchange exchange) {
        return ledger.send(new RepricePlan(Ids.require("planId", planId), price(body)),
                ApiAuthentication.adminMetadata(exchange)).then(Mono.just(ResponseEntity.noContent().build()));
    }

    @DeleteMapping(path = "/api/v1/admin/catalogue/plans/{planId}")
    @Operation(summary = "Close a plan for new enrolments; running enrolments go on until Frameld")
    Mono<ResponseEntity<Void>> withdrawPlan(@PathVariable String planId,
                                            @Parameter(hidden = true) ServerWebExchange exchange) {
        return ledger.send(new WithdrawPlan(Ids.require("planId", planId)),
                ApiAuthentication.adminMetadata(exchange)).then(Mono.just(ResponseEntity.noContent().build()));
    }

    @GetMapping(path = "/api/v1/admin/catalogue/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The plans, of one place or all, withdrawn ones included")
    Mono<List<PlanView>> plans(@RequestParam(name = "placeId", required = false) String placeId) {
        return ledger.query(new ListPlansOfPlace(placeId == null ? null : Ids.require("placeId", placeId), true),
                ResponseTypes.multipleInstancesOf(PlanView.class));
    }

    private static Money price(Price body) {
        if (body == null || body.priceOre() == null) {
            throw PosProblem.invalid("priceOre is required");
        }
        return Money.ofOre(body.priceOre());
    }

    private static ProductCategory category(String category) {
        if (category == null) {
            return null;
        }
        try {
            return ProductCategory.valueOf(category.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PosProblem.invalid("category is one of " + java.util.Arrays.toString(ProductCategory.values()));
        }
    }

    private static SubscriptionPeriod period(String period) {
        try {
            return SubscriptionPeriod.valueOf(String.valueOf(period).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PosProblem.invalid("period is WEEK or MONTH");
        }
    }
}
