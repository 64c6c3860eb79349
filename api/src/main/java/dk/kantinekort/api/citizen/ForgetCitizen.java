package dk.kantinekort.api.citizen;

/**
 * "Glem borger": erase the person's data key and look-up rows, so every piece of their personal data becomes
 * unreadable everywhere while every amount stays (decision record 16). Refused with
 * {@link dk.kantinekort.api.error.RejectionCode#BALANCE_REMAINING} while an account of theirs holds money. Staff and
 * the admin API only (ADMIN); the retention job sends it as {@code system:retention}.
 */
public record ForgetCitizen(String citizenId, ForgetReason reason) {
}
