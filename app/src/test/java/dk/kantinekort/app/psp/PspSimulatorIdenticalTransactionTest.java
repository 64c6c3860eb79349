package dk.kantinekort.app.psp;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.command.payment.provider.Checkout;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Like Nets, the simulator refuses the same card and total within 10 minutes: "Identisk transaktion" (94). */
class PspSimulatorIdenticalTransactionTest {

    @TempDir
    Path dataDir;
    private SimulatorUnderTest psp;

    @BeforeEach
    void payOnce() {
        psp = new SimulatorUnderTest(dataDir);
        assertThat(psp.citizen.payWithSuccessCard(psp.deposit(30000, 300).hostedPageUrl()).approved()).isTrue();
    }

    @AfterEach
    void stop() {
        psp.close();
    }

    @Test
    void sameCardAndTotalWithinTenMinutesIsAnIdenticalTransaction() {
        psp.clock.advance(Duration.ofMinutes(9));
        Checkout again = psp.deposit(30000, 300);

        PspSimulatorClient.Result result = psp.citizen.payWithSuccessCard(again.hostedPageUrl());

        assertThat(result.approved()).isFalse();
        assertThat(result.html()).contains("Identisk transaktion");
        assertThat(psp.provider.payment(again.paymentId()).isCharged()).isFalse();
    }

    @Test
    void sameCardAndTotalAfterTenMinutesIsAllowed() {
        psp.clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(psp.citizen.payWithSuccessCard(psp.deposit(30000, 300).hostedPageUrl()).approved()).isTrue();
    }

    @Test
    void sameCardWithAnotherTotalIsAllowed() {
        assertThat(psp.citizen.payWithSuccessCard(psp.deposit(30100, 300).hostedPageUrl()).approved()).isTrue();
    }

    @Test
    void anotherCardWithTheSameTotalIsAllowed() {
        assertThat(psp.citizen.payWithCard(psp.deposit(30000, 300).hostedPageUrl(), "5555 5555 5555 4444")
                .approved()).isTrue();
    }
}
