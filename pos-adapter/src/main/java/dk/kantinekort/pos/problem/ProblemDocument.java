package dk.kantinekort.pos.problem;

import io.swagger.v3.oas.annotations.media.Schema;

/** Shape of every error body, for the OpenAPI description only (the API writes Spring's ProblemDetail). */
@Schema(name = "Problem", description = "RFC 9457 problem details with the reason code, a Danish till message and the correlation id")
public record ProblemDocument(
        @Schema(example = "https://kantinekort.dk/problems/insufficient-funds") String type,
        @Schema(example = "Insufficient funds") String title,
        @Schema(example = "402") int status,
        @Schema(description = "What is wrong, in English", example = "The purchase was declined: INSUFFICIENT_FUNDS") String detail,
        @Schema(example = "/api/v1/purchases") String instance,
        @Schema(description = "Machine-readable reason code", example = "INSUFFICIENT_FUNDS",
                allowableValues = {"INVALID_REQUEST", "UNAUTHORIZED", "NOT_FOUND", "CARD_UNKNOWN", "CARD_REPLACED",
                        "CARD_BLOCKED", "INSUFFICIENT_FUNDS", "UNIT_NOT_ALLOWED", "DAILY_LIMIT_REACHED",
                        "UNIT_LIMIT_REACHED", "CATEGORY_BLOCKED", "IDEMPOTENCY_KEY_REUSED",
                        "IDEMPOTENCY_KEY_IN_USE", "TILL_UNKNOWN", "PURCHASE_NOT_FOUND", "REFUND_EXCEEDS_PURCHASE",
                        "WRONG_PLACE", "ACCOUNT_NOT_FOUND", "ACCOUNT_BLOCKED", "CARD_NUMBER_IN_USE",
                        "BALANCE_LIMIT_EXCEEDED", "OVERLOADED", "LEDGER_UNAVAILABLE", "INTERNAL_ERROR"})
        String reason,
        @Schema(description = "Short Danish text for the till display", example = "Ikke nok penge på kortet") String message,
        @Schema(example = "3b0c4a3e-0a43-4c55-9d4a-5f7d0f1f2e11") String correlationId) {
}
