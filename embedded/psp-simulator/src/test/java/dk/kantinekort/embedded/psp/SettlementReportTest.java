package dk.kantinekort.embedded.psp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementReportTest {

    @Test
    void everyChargeAndRefundOfThePeriodIsALineWithGrossFeeAndNet() {
        SimulatedPayment payment = new SimulatedPayment();
        payment.paymentId = "pay1";
        payment.reference = "deposit-1";
        payment.paymentMethod = "Visa";
        SimulatedCharge charge = new SimulatedCharge("ch1", "pay1", 20_350, "2026-11-02T09:00:00Z");
        charge.refunds.add(new SimulatedCharge.Refund("r1", 1_000, "2026-11-04T09:00:00Z"));
        payment.charges.add(charge);
        SimulatedPayment outside = new SimulatedPayment();
        outside.paymentId = "pay2";
        outside.charges.add(new SimulatedCharge("ch2", "pay2", 5_000, "2026-12-01T09:00:00Z"));

        String csv = SettlementReport.csv(List.of(payment, outside), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30));

        assertThat(csv.split("\r\n")).containsExactly(SettlementReport.HEADER,
                "PO-20261104;2026-11-04;2026-11-02;pay1;ch1;deposit-1;Charge;Visa;DKK;203.50;1.53;201.97",
                "PO-20261106;2026-11-06;2026-11-04;pay1;ch1;deposit-1;Refund;Visa;DKK;-10.00;0.00;-10.00");
    }

    @Test
    void aPayoutComesTwoBankingDaysAfterTheCharge() {
        assertThat(SettlementReport.payoutDate(LocalDate.of(2026, 11, 6))).isEqualTo(LocalDate.of(2026, 11, 10));
    }
}
