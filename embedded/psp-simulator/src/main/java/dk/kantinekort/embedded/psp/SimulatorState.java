package dk.kantinekort.embedded.psp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the simulator remembers across restarts (psp-simulator.json). */
final class SimulatorState {

    public Map<String, SimulatedPayment> payments = new LinkedHashMap<>();
    public Map<String, SavedCard> cards = new LinkedHashMap<>();
    /** Idempotency-Key → the answer given the first time. */
    public Map<String, StoredAnswer> answers = new LinkedHashMap<>();
    /** Successful card payments of the last minutes, for "Identisk transaktion". */
    public List<CardUse> cardUses = new ArrayList<>();
    public boolean dropNextWebhooks;

    /** The first answer to an idempotent request, replayed for the same key. */
    static final class StoredAnswer {
        public String request;
        public int status;
        public String body;

        StoredAnswer() {
        }

        StoredAnswer(String request, int status, String body) {
            this.request = request;
            this.status = status;
            this.body = body;
        }
    }

    /** A successful payment with a card: its fingerprint (not the number), total and time. */
    static final class CardUse {
        public String fingerprint;
        public long total;
        public String at;

        CardUse() {
        }

        CardUse(String fingerprint, long total, String at) {
            this.fingerprint = fingerprint;
            this.total = total;
            this.at = at;
        }
    }
}
