package dk.kantinekort.app.psp;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.command.payment.provider.Checkout;
import dk.kantinekort.command.payment.provider.PaymentChoice;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import dk.kantinekort.command.payment.provider.SavedCardChargeResult;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart of the simulator keeps its payments, saved cards and idempotent answers (psp-simulator.json). */
class PspSimulatorPersistenceTest {

    @TempDir
    Path dataDir;
    private SimulatorUnderTest psp;

    @BeforeEach
    void start() {
        psp = new SimulatorUnderTest(dataDir);
    }

    @AfterEach
    void stop() {
        psp.close();
    }

    @Test
    void paidPaymentIsStillChargedAfterARestart() {
        Checkout checkout = psp.deposit(30000, 300);
        psp.citizen.payWithSuccessCard(checkout.hostedPageUrl());

        psp.restart();

        assertThat(psp.provider.payment(checkout.paymentId()).chargedOre()).isEqualTo(30300);
        assertThat(dataDir.resolve("psp-simulator.json")).exists().content().doesNotContain("4111111111111111");
    }

    @Test
    void savedCardChargeRepeatedAfterARestartIsNotChargedTwice() {
        Checkout saving = psp.checkout(0, 0, PaymentChoice.CARD, true);
        psp.citizen.payWithSuccessCard(saving.hostedPageUrl());
        String token = psp.provider.payment(saving.paymentId()).savedCardToken();
        SavedCardChargeRequest request = new SavedCardChargeRequest(token, "T-1", 20000, 0, "topup-1");
        SavedCardChargeResult first = psp.provider.chargeSavedCard(request);

        psp.restart();

        assertThat(psp.provider.chargeSavedCard(request)).isEqualTo(first);
        assertThat(psp.provider.chargeSavedCard(new SavedCardChargeRequest(token, "T-2", 20000, 0, "topup-2")))
                .isInstanceOf(SavedCardChargeResult.Charged.class);
    }

    @Test
    void identicalTransactionIsRememberedAcrossARestart() {
        psp.citizen.payWithSuccessCard(psp.deposit(30000, 300).hostedPageUrl());

        psp.restart();

        assertThat(psp.citizen.payWithSuccessCard(psp.deposit(30000, 300).hostedPageUrl()).html())
                .contains("Identisk transaktion");
    }
}
