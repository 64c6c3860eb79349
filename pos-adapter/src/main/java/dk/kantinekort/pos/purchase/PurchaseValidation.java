package dk.kantinekort.pos.purchase;

import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.web.CardNumbers;
import dk.kantinekort.pos.web.Fingerprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Checks a purchase request and turns it into ledger values; every refusal names the field that is wrong. */
public final class PurchaseValidation {

    static final int MAX_SKU_LENGTH = 64;
    static final int MAX_NAME_LENGTH = 200;

    /** A purchase request that passed every check. */
    public record ValidPurchase(CardNumber cardNumber, List<PurchaseLine> lines, Money total) {

        /** Canonical form: normalised card number, the lines in order, the total. */
        public String fingerprint() {
            Fingerprint f = Fingerprint.of("purchase").add(cardNumber.value()).add(lines.size());
            for (PurchaseLine line : lines) {
                f.add(line.sku()).add(line.name()).add(line.quantity()).add(line.unitPrice().ore());
                if (line.category() != null) { // only then: fingerprints of lines without one stay as they were
                    f.add("category").add(line.category().name());
                }
            }
            return f.add(total.ore()).hex();
        }
    }

    private PurchaseValidation() {
    }

    public static ValidPurchase validate(PurchaseRequest request) {
        if (request == null) {
            throw PosProblem.invalid("A request body is required");
        }
        CardNumber card = CardNumbers.parse("cardNumber", request.cardNumber());
        if (request.lines() == null || request.lines().isEmpty()) {
            throw PosProblem.invalid("lines must hold at least one line");
        }
        if (request.lines().size() > Limits.MAX_LINES) {
            throw PosProblem.invalid("lines may hold at most " + Limits.MAX_LINES + " lines");
        }
        List<PurchaseLine> lines = new ArrayList<>(request.lines().size());
        long sum = 0;
        for (int i = 0; i < request.lines().size(); i++) {
            PurchaseLine line = line("lines[" + i + "]", request.lines().get(i));
            sum += line.lineTotal().ore(); // at most 100 x 1000 x 200000: no overflow
            lines.add(line);
        }
        Long total = request.total();
        if (total == null) {
            throw PosProblem.invalid("total is required");
        }
        if (total <= 0) {
            throw PosProblem.invalid("total must be positive");
        }
        if (total > Limits.MAX_PURCHASE.ore()) {
            throw PosProblem.invalid("total may be at most " + Limits.MAX_PURCHASE.ore() + " øre");
        }
        if (total != sum) {
            throw PosProblem.invalid("total " + total + " does not equal the sum of the lines, " + sum);
        }
        return new ValidPurchase(card, List.copyOf(lines), Money.ofOre(total));
    }

    private static PurchaseLine line(String field, PurchaseRequest.Line line) {
        if (line == null) {
            throw PosProblem.invalid(field + " must be an object");
        }
        String sku = text(field + ".sku", line.sku(), MAX_SKU_LENGTH);
        String name = text(field + ".name", line.name(), MAX_NAME_LENGTH);
        Integer quantity = line.quantity();
        if (quantity == null) {
            throw PosProblem.invalid(field + ".quantity is required");
        }
        if (quantity <= 0) {
            throw PosProblem.invalid(field + ".quantity must be positive");
        }
        if (quantity > Limits.MAX_QUANTITY) {
            throw PosProblem.invalid(field + ".quantity may be at most " + Limits.MAX_QUANTITY);
        }
        Long unitPrice = line.unitPrice();
        if (unitPrice == null) {
            throw PosProblem.invalid(field + ".unitPrice is required");
        }
        if (unitPrice <= 0) {
            throw PosProblem.invalid(field + ".unitPrice must be positive");
        }
        if (unitPrice > Limits.MAX_PURCHASE.ore()) {
            throw PosProblem.invalid(field + ".unitPrice may be at most " + Limits.MAX_PURCHASE.ore() + " øre");
        }
        return new PurchaseLine(sku, name, quantity, Money.ofOre(unitPrice), category(field + ".category",
                line.category()));
    }

    /** An optional category: one of the documented names (case as documented), or absent. */
    private static ProductCategory category(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return ProductCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw PosProblem.invalid(field + " must be one of " + Arrays.toString(ProductCategory.values())
                    + " or left out");
        }
    }

    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw PosProblem.invalid(field + " is required");
        }
        if (value.length() > maxLength) {
            throw PosProblem.invalid(field + " may be at most " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw PosProblem.invalid(field + " must not contain control characters");
        }
        return value;
    }
}
