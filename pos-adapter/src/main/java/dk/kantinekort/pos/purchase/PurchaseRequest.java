package dk.kantinekort.pos.purchase;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A till's purchase request as it arrives; boxed fields so that "missing" can be told from "zero". */
@Schema(name = "PurchaseRequest", description = "A purchase at a till. All amounts in øre.")
public record PurchaseRequest(
        @Schema(description = "Card number as printed on the card (6-20 digits or letters; spaces ignored)",
                example = "1562265116", requiredMode = Schema.RequiredMode.REQUIRED)
        String cardNumber,
        @ArraySchema(schema = @Schema(implementation = Line.class, requiredMode = Schema.RequiredMode.REQUIRED),
                minItems = 1, maxItems = 100)
        List<Line> lines,
        @Schema(description = "Sum of quantity x unitPrice over all lines, in øre", example = "300",
                minimum = "1", maximum = "200000", requiredMode = Schema.RequiredMode.REQUIRED)
        Long total) {

    /** One line of the receipt. */
    @Schema(name = "PurchaseLine")
    public record Line(
            @Schema(example = "OST", maxLength = 64, requiredMode = Schema.RequiredMode.REQUIRED) String sku,
            @Schema(example = "Ostehaps", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(example = "1", minimum = "1", maximum = "1000", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer quantity,
            @Schema(description = "Price of one item in øre", example = "300", minimum = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Long unitPrice,
            @Schema(description = "Product category, for the guardians' spending rules (Forbrugsregler): MAALTID "
                    + "(a meal), FRUGT (fruit), DRIKKE (milk, water, juice), SODAVAND (soft drinks), SLIK (sweets), "
                    + "SNACK (crisps, cake, biscuits), UKENDT (unknown). Optional: without it the line takes the "
                    + "category the place's catalogue gives its sku, and is UKENDT otherwise (which a guardian can "
                    + "block too)", example = "SNACK",
                    allowableValues = {"MAALTID", "FRUGT", "DRIKKE", "SODAVAND", "SLIK", "SNACK", "UKENDT"},
                    requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String category) {

        /** A line without a category. */
        Line(String sku, String name, Integer quantity, Long unitPrice) {
            this(sku, name, quantity, unitPrice, null);
        }
    }
}
