package dk.kantinekort.api.offline;

import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import java.util.Set;

/**
 * The ledger's answer for one offline sale: {@code BOOKED} now, {@code REPLAYED} (booked by an earlier upload; the
 * first answer again) or {@code REFUSED} with a code (an unknown card, a key reused for another sale): nothing booked.
 */
public record OfflineSaleResult(String saleId, Outcome outcome, Money balanceAfter, Set<OfflineSaleFlag> flags,
                                RejectionCode refusal) {

    /** Booked, booked before, or not booked. */
    public enum Outcome { BOOKED, REPLAYED, REFUSED }

    public static OfflineSaleResult booked(String saleId, Money balanceAfter, Set<OfflineSaleFlag> flags,
                                           boolean replayed) {
        return new OfflineSaleResult(saleId, replayed ? Outcome.REPLAYED : Outcome.BOOKED, balanceAfter,
                Set.copyOf(flags), null);
    }

    public static OfflineSaleResult refused(String saleId, RejectionCode code) {
        return new OfflineSaleResult(saleId, Outcome.REFUSED, null, Set.of(), code);
    }
}
