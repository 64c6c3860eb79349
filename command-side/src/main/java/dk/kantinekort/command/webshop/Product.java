package dk.kantinekort.command.webshop;

import static dk.kantinekort.api.error.RejectionCode.DELIVERY_DATE_REACHED;
import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static dk.kantinekort.api.error.RejectionCode.NOT_OFFERED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.catalogue.OfferProduct;
import dk.kantinekort.api.catalogue.ProductOffered;
import dk.kantinekort.api.catalogue.ProductRepriced;
import dk.kantinekort.api.catalogue.ProductWithdrawn;
import dk.kantinekort.api.catalogue.QuoteProduct;
import dk.kantinekort.api.catalogue.RepriceProduct;
import dk.kantinekort.api.catalogue.WithdrawProduct;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.webshop.OrderLine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A product a place offers in the webshop (F15): price per delivery and the dates it is delivered on. */
@Aggregate
public class Product {

    static final int MAX_QUANTITY = 20;

    @AggregateIdentifier
    private String productId;
    private String placeId;
    private String sku;
    private String name;
    private Money price;
    private List<LocalDate> deliveryDates;
    private boolean withdrawn;

    protected Product() {
        // for Axon
    }

    @CommandHandler
    public Product(OfferProduct command) {
        if (blank(command.placeId()) || blank(command.sku()) || blank(command.name())
                || command.deliveryDates() == null || command.deliveryDates().isEmpty()) {
            throw new RejectedException(INVALID_REQUEST, "A product needs a place, sku, name and delivery dates");
        }
        requirePrice(command.price());
        apply(new ProductOffered(command.productId(), command.placeId(), command.sku().strip(), command.name().strip(),
                command.price(), command.deliveryDates().stream().distinct().sorted().toList(), command.category()));
    }

    @CommandHandler
    void handle(RepriceProduct command) {
        requirePrice(command.price());
        if (!command.price().equals(price)) {
            apply(new ProductRepriced(productId, command.price()));
        }
    }

    @CommandHandler
    void handle(WithdrawProduct command) {
        if (!withdrawn) {
            apply(new ProductWithdrawn(productId));
        }
    }

    /** The lines an order of this product gets: one per delivery date after today, at today's price. */
    @CommandHandler
    List<OrderLine> handle(QuoteProduct command, Clock clock) {
        if (withdrawn || !placeId.equals(command.placeId())) {
            throw new RejectedException(NOT_OFFERED, "The product " + sku + " is not offered at this place");
        }
        if (command.quantity() < 1 || command.quantity() > MAX_QUANTITY) {
            throw new RejectedException(INVALID_REQUEST, "Order 1 to " + MAX_QUANTITY + " of a product");
        }
        List<OrderLine> lines = deliveryDates.stream()
                .filter(date -> CanteenCalendar.stillCancellable(date, clock))
                .map(date -> new OrderLine(sku + "-" + date, productId, sku, name, date, command.quantity(), price))
                .toList();
        if (lines.isEmpty()) {
            throw new RejectedException(DELIVERY_DATE_REACHED, "Every delivery date of " + sku + " has come");
        }
        return lines;
    }

    private static void requirePrice(Money price) {
        if (price == null || !price.isPositive() || price.isGreaterThan(Limits.MAX_DEPOSIT)) {
            throw new RejectedException(INVALID_REQUEST, "A price is between 0,01 and " + Limits.MAX_DEPOSIT);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(ProductOffered event) {
        productId = event.productId();
        placeId = event.placeId();
        sku = event.sku();
        name = event.name();
        price = event.price();
        deliveryDates = List.copyOf(event.deliveryDates());
    }

    @EventSourcingHandler
    void on(ProductRepriced event) {
        price = event.price();
    }

    @EventSourcingHandler
    void on(ProductWithdrawn event) {
        withdrawn = true;
    }
}
