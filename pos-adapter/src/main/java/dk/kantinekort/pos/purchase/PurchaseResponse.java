package dk.kantinekort.pos.purchase;

import io.swagger.v3.oas.annotations.media.Schema;

/** The 201 answer to a purchase; a replay with the same key and body gets the same one. */
@Schema(name = "PurchaseResponse")
record PurchaseResponse(
        @Schema(example = "6f1c1f0e-9a4e-3f8e-8f43-1f2d3c4b5a69") String purchaseId,
        @Schema(example = "1562265116") String cardNumber,
        @Schema(description = "Charged amount in øre", example = "300") long amount,
        @Schema(description = "Balance after the purchase in øre", example = "6200") long balanceAfter,
        @Schema(description = "Whether the purchase started an automatic top-up") boolean autoTopUpTriggered,
        @Schema(description = "Whether a temporary card (Midlertidigt kort) was used; cardNumber is then its id, "
                + "never the signed code") boolean temporaryCard) {
}
