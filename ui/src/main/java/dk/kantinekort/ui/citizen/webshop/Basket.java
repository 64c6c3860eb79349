package dk.kantinekort.ui.citizen.webshop;

import dk.kantinekort.api.catalogue.ProductView;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.webshop.BasketItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * "Kurv": products of one place and how many of each per delivery. Priced as checkout prices it: one line per
 * delivery date still to come (after today), so the total is price × quantity × the deliveries left.
 */
final class Basket {

    /** The most of one product per delivery, as the catalogue allows. */
    static final int MAX_QUANTITY = 20;

    /** A product in the basket and how many per delivery. */
    record Line(ProductView product, int quantity) {

        /** The delivery dates this line is still charged for. */
        List<LocalDate> deliveriesToCome(LocalDate today) {
            return Basket.deliveriesToCome(product, today);
        }

        Money amount(LocalDate today) {
            return product.price().times((long) quantity * deliveriesToCome(today).size());
        }
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();

    /** Adds {@code quantity} of the product (more of one already there adds up, at most {@link #MAX_QUANTITY}). */
    void add(ProductView product, int quantity) {
        int before = Optional.ofNullable(lines.get(product.productId())).map(Line::quantity).orElse(0);
        lines.put(product.productId(), new Line(product, clamp(before + quantity)));
    }

    /** Changes how many; 0 or less takes the product out. */
    void change(String productId, int quantity) {
        Line line = lines.get(productId);
        if (line == null) {
            return;
        }
        if (quantity <= 0) {
            lines.remove(productId);
        } else {
            lines.put(productId, new Line(line.product(), clamp(quantity)));
        }
    }

    void remove(String productId) {
        lines.remove(productId);
    }

    void clear() {
        lines.clear();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<Line> lines() {
        return List.copyOf(lines.values());
    }

    /** What the customer pays: every line's price × quantity × deliveries still to come. */
    Money total(LocalDate today) {
        return lines.values().stream().map(line -> line.amount(today)).reduce(Money.ZERO, Money::plus);
    }

    /** What each delivery date still to come costs: the lines delivered that day, by date. */
    Map<LocalDate, Money> deliveries(LocalDate today) {
        Map<LocalDate, Money> byDate = new TreeMap<>();
        for (Line line : lines.values()) {
            Money each = line.product().price().times(line.quantity());
            line.deliveriesToCome(today).forEach(date -> byDate.merge(date, each, Money::plus));
        }
        return byDate;
    }

    /** The items of the checkout command, in the order they were added. */
    List<BasketItem> items() {
        List<BasketItem> items = new ArrayList<>();
        lines.values().forEach(line -> items.add(new BasketItem(line.product().productId(), line.quantity())));
        return items;
    }

    /** The product's delivery dates after today: those an order made today is priced and delivered for. */
    static List<LocalDate> deliveriesToCome(ProductView product, LocalDate today) {
        return product.deliveryDates() == null ? List.of()
                : product.deliveryDates().stream().filter(today::isBefore).sorted().toList();
    }

    private static int clamp(int quantity) {
        return Math.max(1, Math.min(MAX_QUANTITY, quantity));
    }
}
