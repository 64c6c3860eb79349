package dk.kantinekort.pos.admin;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One person to open a card account for (admin import). */
@Schema(name = "OpenAccountRequest")
record OpenAccountRequest(
        @Schema(description = "CPR number, 10 digits, optionally ddmmyy-xxxx. Never echoed or logged.",
                example = "2701821234", requiredMode = Schema.RequiredMode.REQUIRED) String cpr,
        @Schema(example = "Christian Harms", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(description = "Optional contact e-mail", example = "christian@example.org", maxLength = 254) String email,
        @Schema(example = "1562265116", requiredMode = Schema.RequiredMode.REQUIRED) String cardNumber,
        @ArraySchema(schema = @Schema(implementation = dk.kantinekort.api.account.UnitKind.class),
                arraySchema = @Schema(description = "Unit kinds where the card may be used; left out = all"))
        List<String> allowedUnits) {

    @Override
    public String toString() {
        return "OpenAccountRequest[...]"; // personal data
    }
}
