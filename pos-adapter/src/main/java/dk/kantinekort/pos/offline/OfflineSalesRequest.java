package dk.kantinekort.pos.offline;

import dk.kantinekort.pos.purchase.PurchaseRequest;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A till's upload of the sales it made while the ledger could not be reached. */
@Schema(name = "OfflineSalesUpload", description = "Sales made offline, oldest first or in any order. Amounts in øre.")
record OfflineSalesRequest(
        @ArraySchema(schema = @Schema(implementation = Sale.class), minItems = 1, maxItems = OfflineValidation.MAX_SALES)
        List<Sale> sales) {

    /** One sale as the till recorded it offline. */
    @Schema(name = "OfflineSale")
    record Sale(
            @Schema(description = "The sale's own key, 1-255 printable ASCII characters, unique per sale of this till. "
                    + "If the till first tried the sale online and got no answer, use that purchase's Idempotency-Key: "
                    + "a purchase the ledger did charge is then not charged again", example = "kasse1-20261207-0042",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String idempotencyKey,
            @Schema(example = "1562265116", requiredMode = Schema.RequiredMode.REQUIRED) String cardNumber,
            @Schema(description = "When the goods were handed over (ISO 8601 with offset), not in the future and at most "
                    + OfflineValidation.MAX_AGE_DAYS + " days ago", example = "2026-12-07T11:42:10+01:00",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String soldAt,
            @ArraySchema(schema = @Schema(implementation = PurchaseRequest.Line.class), minItems = 1, maxItems = 100)
            List<PurchaseRequest.Line> lines,
            @Schema(description = "Sum of quantity x unitPrice over all lines, in øre", example = "3500",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Long total) {
    }
}
