package dk.kantinekort.embedded.psp;

import java.util.ArrayList;
import java.util.List;

/** A charge of a simulated payment and its refunds. */
final class SimulatedCharge {

    public String chargeId;
    public String paymentId;
    public long amount;
    public String created;
    public List<Refund> refunds = new ArrayList<>();

    SimulatedCharge() {
    }

    SimulatedCharge(String chargeId, String paymentId, long amount, String created) {
        this.chargeId = chargeId;
        this.paymentId = paymentId;
        this.amount = amount;
        this.created = created;
    }

    long refunded() {
        return refunds.stream().mapToLong(r -> r.amount).sum();
    }

    /** One refund of a charge. */
    static final class Refund {
        public String refundId;
        public long amount;
        public String created;

        Refund() {
        }

        Refund(String refundId, long amount, String created) {
            this.refundId = refundId;
            this.amount = amount;
            this.created = created;
        }
    }
}
