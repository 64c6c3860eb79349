package dk.kantinekort.pos.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.fakeledger.FakeLedger;
import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Midlertidigt kort at the till (decision record 21): a temporary card's code goes where the card number goes; the
 * answer says the temporary card was used and shows its id, never the signed code; a code the ledger declines is a
 * 402 problem+json with its own reason and a Danish line for the display.
 */
class TemporaryCardAtTheTillTest extends ApiTest {

    @Test
    void aValidTemporaryCardIsChargedAndTheAnswerSaysTheTemporaryCardWasUsed() {
        buy(newKey(), purchase(FakeLedger.TEMPORARY_CODE, 300, 1))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.temporaryCard").isEqualTo(true)
                .jsonPath("$.cardNumber").isEqualTo(FakeLedger.TEMPORARY_ID)
                .jsonPath("$.balanceAfter").isEqualTo(6200);
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6200);
    }

    @Test
    void theCodeMayBeTypedInGroupsOfFourAsThePortalShowsIt() {
        buy(newKey(), purchase("MK00 0000 0112 3456 7890", 300, 1))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.temporaryCard").isEqualTo(true);
    }

    @Test
    void aPlainCardSaysNoTemporaryCardWasUsed() {
        buy(newKey(), OSTEHAPS).expectStatus().isCreated()
                .expectBody().jsonPath("$.temporaryCard").isEqualTo(false);
    }

    @ParameterizedTest
    @CsvSource({
            "MK000000019999999999, TEMPORARY_CARD_INVALID, Ugyldigt midlertidigt kort",
            "MK000000021234567890, TEMPORARY_CARD_EXPIRED, Det midlertidige kort er udløbet",
            "MK000000031234567890, TEMPORARY_CARD_REVOKED, Det midlertidige kort er lukket"})
    void aForgedExpiredOrRevokedTemporaryCardIsDeclinedWithItsReason(String code, String reason, String message) {
        expectProblem(buy(newKey(), purchase(code, 300, 1)), 402, reason)
                .jsonPath("$.message").isEqualTo(message);
        assertThat(ledger.balanceOf("acc-christian")).isEqualTo(6500);
    }
}
