package dk.kantinekort.pos.refund;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A refund asks for exactly one of: an amount, or lines (sku and quantity) of the purchase. */
@Schema(name = "RefundRequest", description = "Exactly one of amount or lines")
record RefundRequest(
        @Schema(description = "Amount in øre to give back", example = "300", minimum = "1") Long amount,
        @ArraySchema(schema = @Schema(implementation = Line.class), maxItems = 100) List<Line> lines) {

    /** A quantity of one purchased item given back. */
    @Schema(name = "RefundLine")
    record Line(@Schema(example = "OST", requiredMode = Schema.RequiredMode.REQUIRED) String sku,
                @Schema(example = "1", minimum = "1", maximum = "1000", requiredMode = Schema.RequiredMode.REQUIRED)
                Integer quantity) {
    }
}
