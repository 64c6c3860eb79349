package dk.kantinekort.pos.refund;

import io.swagger.v3.oas.annotations.media.Schema;

/** The 201 answer to a refund. */
@Schema(name = "RefundResponse")
record RefundResponse(String refundId, String purchaseId,
                      @Schema(description = "Refunded amount in øre", example = "300") long amount,
                      @Schema(description = "Balance after the refund in øre", example = "6500") long balanceAfter) {
}
