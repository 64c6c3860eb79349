package dk.kantinekort.embedded.psp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One payment in the simulator's state (mutable, kept in psp-simulator.json; no full card numbers). */
final class SimulatedPayment {

    public String paymentId;
    public String reference;
    public long amount;
    public long fee;
    public String created;
    public String returnUrl;
    public String cancelUrl;
    public String termsUrl;
    public String email;
    public boolean createSubscription;
    /** Names of the payment methods the merchant enabled (Card, MobilePay); empty = all. */
    public List<String> enabledMethods = new ArrayList<>();
    /** eventName → [url, authorization] as registered at creation. */
    public Map<String, List<String>> webhooks = new java.util.LinkedHashMap<>();

    public long reserved;
    public long charged;
    public long refunded;
    public String paymentType;
    public String paymentMethod;
    public String maskedPan;
    /** MMYY, as Nets writes it. */
    public String expiryDate;
    public String unscheduledSubscriptionId;
    public List<SimulatedCharge> charges = new ArrayList<>();
    public List<Decline> declines = new ArrayList<>();
    /** The webhook bodies this payment caused, in the order they were sent. */
    public List<Map<String, Object>> events = new ArrayList<>();
    public boolean dropWebhooks;

    long total() {
        return amount + fee;
    }

    boolean isCharged() {
        return charged > 0 || (total() == 0 && unscheduledSubscriptionId != null);
    }

    /** Nothing charged now: the hosted page only saved a card for later charges (a webshop order, an enrolment). */
    boolean savesCardOnly() {
        return total() == 0 && unscheduledSubscriptionId != null;
    }

    /** One refused attempt on the hosted page or on a saved card. */
    static final class Decline {
        public String code;
        public String message;
        public String at;

        Decline() {
        }

        Decline(String code, String message, String at) {
            this.code = code;
            this.message = message;
            this.at = at;
        }
    }
}
