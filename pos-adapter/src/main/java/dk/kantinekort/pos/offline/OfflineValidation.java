package dk.kantinekort.pos.offline;

import dk.kantinekort.api.offline.OfflineSale;
import dk.kantinekort.pos.problem.PosProblem;
import dk.kantinekort.pos.purchase.PurchaseRequest;
import dk.kantinekort.pos.purchase.PurchaseValidation;
import dk.kantinekort.pos.web.IdempotencyKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an upload of offline sales as a whole: one bad sale refuses the upload (400, naming the sale and field),
 * so nothing of a garbled batch is booked. Each sale is checked as a purchase is, and gets the purchase's ids.
 */
final class OfflineValidation {

    static final int MAX_SALES = 200;
    static final int MAX_AGE_DAYS = 30;
    /** A till's clock may run a little ahead of the ledger's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private OfflineValidation() {
    }

    /** A checked sale and the key the till gave it. */
    record Checked(String idempotencyKey, OfflineSale sale) {
    }

    static List<Checked> validate(OfflineSalesRequest request, String tillId, Clock clock) {
        if (request == null || request.sales() == null) {
            throw PosProblem.invalid("sales is required");
        }
        if (request.sales().isEmpty() || request.sales().size() > MAX_SALES) {
            throw PosProblem.invalid("sales must hold 1 to " + MAX_SALES + " sales");
        }
        Instant now = clock.instant();
        Set<String> keys = new HashSet<>();
        List<Checked> checked = new ArrayList<>(request.sales().size());
        for (int i = 0; i < request.sales().size(); i++) {
            String field = "sales[" + i + "]";
            OfflineSalesRequest.Sale sale = request.sales().get(i);
            if (sale == null) {
                throw PosProblem.invalid(field + " must be an object");
            }
            IdempotencyKey key = key(field, sale.idempotencyKey());
            if (!keys.add(key.value())) {
                throw PosProblem.invalid(field + ".idempotencyKey is used by an earlier sale of this upload");
            }
            Instant soldAt = soldAt(field, sale.soldAt(), now);
            PurchaseValidation.ValidPurchase purchase = asPurchase(field, sale);
            checked.add(new Checked(key.value(), new OfflineSale(key.purchaseId(tillId), purchase.cardNumber(), soldAt,
                    purchase.lines(), purchase.total(), purchase.fingerprint())));
        }
        return checked;
    }

    private static IdempotencyKey key(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            throw PosProblem.invalid(field + ".idempotencyKey is required");
        }
        try {
            return IdempotencyKey.parse(raw);
        } catch (PosProblem e) {
            throw PosProblem.invalid(field + ".idempotencyKey must be 1 to 255 printable ASCII characters");
        }
    }

    private static Instant soldAt(String field, String raw, Instant now) {
        if (raw == null || raw.isBlank()) {
            throw PosProblem.invalid(field + ".soldAt is required");
        }
        Instant soldAt;
        try {
            soldAt = OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw PosProblem.invalid(field + ".soldAt must be an ISO 8601 time with offset, e.g. 2026-12-07T11:42:10+01:00");
        }
        if (soldAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw PosProblem.invalid(field + ".soldAt lies in the future");
        }
        if (soldAt.isBefore(now.minus(Duration.ofDays(MAX_AGE_DAYS)))) {
            throw PosProblem.invalid(field + ".soldAt is more than " + MAX_AGE_DAYS + " days ago: ask the municipality");
        }
        return soldAt;
    }

    /** The sale checked exactly as an online purchase, so its fingerprint matches one the till tried online. */
    private static PurchaseValidation.ValidPurchase asPurchase(String field, OfflineSalesRequest.Sale sale) {
        try {
            return PurchaseValidation.validate(new PurchaseRequest(sale.cardNumber(), sale.lines(), sale.total()));
        } catch (PosProblem e) {
            throw PosProblem.invalid(field + "." + e.getMessage());
        }
    }
}
