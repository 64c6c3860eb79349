package dk.kantinekort.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Grows the event store of a STOPPED embedded default in bulk, outside the command bus (docs/PERFORMANCE.md, "How
 * cost grows"; bench/ledger-growth.sh): {@code <data dir> <events to add>}, or {@code <data dir> <events> total} to
 * bring the store up to that many events in all. It continues the card accounts that
 * are already in the store (opened and funded through the admin API, e.g. by {@code WrkScenario seed}) with
 * purchases at the tills that sold to them and, when an account runs low, a cash deposit, so every account stays
 * consistent for the aggregate that loads it again: sequence numbers go on from each account's last event, every
 * {@code balanceAfter} is the one before plus the signed amount (never below zero), timestamps go on from the
 * newest event, and each purchase gets its row in {@code purchase_directory} in the same transaction (a reused
 * purchase id is then refused as by the app). Payloads and metadata are copies of the newest stored purchase and
 * deposit with the fields that differ set, so they have exactly the shape the app's serializer wrote.
 * <p>
 * The command side's tracking processors are moved to the new head (their tokens in the same store: notices,
 * receipts and payments have nothing to do for history that never happened); the read side, whose tokens are in
 * the read-model store, catches up when the app starts, or is rebuilt. Needs at least one stored PurchaseMade and
 * one MoneyDeposited. Plain JDBC batch inserts into Axon's DomainEventEntry, committed every {@code bench.commit}
 * (default 20,000) events.
 */
public final class BulkEventWriter {

    private static final String ACCOUNT = "CardAccount";
    private static final String PURCHASE = "dk.kantinekort.api.account.PurchaseMade";
    private static final String DEPOSIT = "dk.kantinekort.api.account.MoneyDeposited";
    /** Events that end or freeze an account: such accounts get no more events. */
    private static final String NOT_OPEN = "(?i).*(Closed|Blocked|Erased|Forgotten|MovedOut|PaidOut).*";
    private static final long TOP_UP_ORE = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Template(ObjectNode payload, ObjectNode metaData, String revision) {
    }

    private static final class Account {
        final String id;
        final String card;
        long sequence;
        long balance;

        Account(String id, String card, long sequence, long balance) {
            this.id = id;
            this.card = card;
            this.sequence = sequence;
            this.balance = balance;
        }
    }

    public static void main(String[] args) throws Exception {
        String dataDir = args[0];
        long events = Long.parseLong(args[1]);
        boolean upToTotal = args.length > 2 && args[2].equals("total");
        int commitEvery = Integer.getInteger("bench.commit", 20_000);
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir + "/eventstore;AUTO_SERVER=FALSE;CACHE_SIZE=262144", "sa", "")) {
            db.setAutoCommit(false);
            Template purchase = template(db, PURCHASE);
            Template deposit = template(db, DEPOSIT);
            List<String[]> tills = tills(db);
            List<Account> accounts = openAccounts(db);
            Instant at = newest(db);
            if (upToTotal) {
                try (Statement s = db.createStatement();
                     ResultSet r = s.executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
                    r.next();
                    events = Math.max(0, events - r.getLong(1));
                }
            }
            System.out.printf("Store: %d open card accounts, %d tills; adding %,d events after %s%n",
                    accounts.size(), tills.size(), events, at);
            Random random = new Random(42);
            Duration step = Duration.ofNanos(50_000); // 20,000 events a second of history
            long written = 0;
            int purchases = 0;
            try (PreparedStatement event = db.prepareStatement("INSERT INTO DomainEventEntry (aggregateIdentifier, "
                    + "sequenceNumber, type, eventIdentifier, metaData, payload, payloadRevision, payloadType, "
                    + "timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement directory = db.prepareStatement(
                         "INSERT INTO purchase_directory (purchase_id, account_id) VALUES (?, ?)")) {
                while (written < events) {
                    Account account = accounts.get(random.nextInt(accounts.size()));
                    at = at.plus(step);
                    String[] till = tills.get(random.nextInt(tills.size()));
                    ObjectNode payload;
                    ObjectNode metaData;
                    String type;
                    Template used;
                    int quantity = 1 + random.nextInt(2);
                    long unitPrice = 300 + random.nextInt(600);
                    long total = quantity * unitPrice;
                    if (account.balance >= total) {
                        String purchaseId = UUID.randomUUID().toString();
                        account.balance -= total;
                        used = purchase;
                        type = PURCHASE;
                        payload = purchase.payload().deepCopy();
                        payload.put("accountId", account.id);
                        payload.put("purchaseId", purchaseId);
                        payload.put("cardNumber", account.card);
                        payload.put("placeId", till[0]);
                        payload.put("tillId", till[1]);
                        ArrayNode lines = payload.putArray("lines");
                        ObjectNode line = lines.addObject();
                        line.put("sku", "SKU" + random.nextInt(20));
                        line.put("name", "Vare");
                        line.put("quantity", quantity);
                        line.put("unitPrice", unitPrice);
                        line.put("category", "UKENDT");
                        payload.put("total", total);
                        payload.put("balanceAfter", account.balance);
                        payload.put("requestFingerprint", fingerprint(purchaseId));
                        metaData = metaData(purchase, "till:" + till[1], "TILL");
                        directory.setString(1, purchaseId);
                        directory.setString(2, account.id);
                        directory.addBatch();
                        purchases++;
                    } else {
                        account.balance += TOP_UP_ORE;
                        used = deposit;
                        type = DEPOSIT;
                        payload = deposit.payload().deepCopy();
                        payload.put("accountId", account.id);
                        payload.put("depositId", UUID.randomUUID().toString());
                        payload.put("amount", TOP_UP_ORE);
                        payload.put("method", "CASH");
                        payload.putNull("paymentId");
                        payload.putNull("reference");
                        payload.put("balanceAfter", account.balance);
                        metaData = metaData(deposit, "admin:bulk", "ADMIN_API");
                    }
                    account.sequence++;
                    event.setString(1, account.id);
                    event.setLong(2, account.sequence);
                    event.setString(3, ACCOUNT);
                    event.setString(4, UUID.randomUUID().toString());
                    event.setBytes(5, JSON.writeValueAsBytes(metaData));
                    event.setBytes(6, JSON.writeValueAsBytes(payload));
                    event.setString(7, used.revision());
                    event.setString(8, type);
                    event.setString(9, at.toString());
                    event.addBatch();
                    written++;
                    if (written % 1_000 == 0) {
                        event.executeBatch();
                        directory.executeBatch();
                    }
                    if (written % commitEvery == 0) {
                        db.commit();
                        if (written % (commitEvery * 10L) == 0) {
                            System.out.printf("  %,d events (%.0f events/s)%n", written,
                                    written / ((System.nanoTime() - start) / 1e9));
                        }
                    }
                }
                event.executeBatch();
                directory.executeBatch();
            }
            long head;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT MAX(globalIndex) FROM DomainEventEntry")) {
                r.next();
                head = r.getLong(1);
            }
            int moved;
            try (PreparedStatement tokens = db.prepareStatement("UPDATE TokenEntry SET token = ?, tokenType = ? "
                    + "WHERE tokenType = ?")) {
                tokens.setBytes(1, ("{\"index\":" + head + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8));
                tokens.setString(2, "org.axonframework.eventhandling.GapAwareTrackingToken");
                tokens.setString(3, "org.axonframework.eventhandling.GapAwareTrackingToken");
                moved = tokens.executeUpdate();
            }
            db.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Bulk writer: %,d events (%,d purchases, %,d deposits) in %.1f s = %.0f events/s; "
                            + "head at global index %d; %d command-side processor tokens moved there%n",
                    written, purchases, written - purchases, seconds, written / seconds, head, moved);
        }
    }

    private static ObjectNode metaData(Template template, String actor, String channel) {
        ObjectNode metaData = template.metaData().deepCopy();
        String command = UUID.randomUUID().toString();
        metaData.put("actor", actor);
        metaData.put("channel", channel);
        metaData.put("correlationId", "bulk-" + command);
        if (metaData.has("causationId")) {
            metaData.put("causationId", command);
        }
        if (metaData.has("originId")) {
            metaData.put("originId", command);
        }
        return metaData;
    }

    private static String fingerprint(String purchaseId) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(purchaseId.getBytes(StandardCharsets.UTF_8)));
    }

    private static Template template(Connection db, String payloadType) throws Exception {
        try (PreparedStatement s = db.prepareStatement("SELECT payload, metaData, payloadRevision FROM "
                + "DomainEventEntry WHERE payloadType = ? ORDER BY globalIndex DESC LIMIT 1")) {
            s.setString(1, payloadType);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("No " + payloadType + " in the store to copy the shape of: "
                            + "open, fund and sell to a few accounts through the app first (WrkScenario seed)");
                }
                return new Template((ObjectNode) JSON.readTree(r.getBytes(1)), (ObjectNode) JSON.readTree(
                        r.getBytes(2)), r.getString(3));
            }
        }
    }

    /** The (place, till) pairs that sold before; a purchase of the bulk is made at one of them. */
    private static List<String[]> tills(Connection db) throws Exception {
        Map<String, String[]> tills = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT payload FROM DomainEventEntry WHERE payloadType = ? "
                + "ORDER BY globalIndex DESC LIMIT 5000")) {
            s.setString(1, PURCHASE);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    JsonNode p = JSON.readTree(r.getBytes(1));
                    tills.putIfAbsent(p.path("tillId").asText(), new String[] {p.path("placeId").asText(),
                            p.path("tillId").asText()});
                }
            }
        }
        return new ArrayList<>(tills.values());
    }

    /** Card accounts with a card in the directory that are still open, with their last sequence and balance. */
    private static List<Account> openAccounts(Connection db) throws Exception {
        Map<String, String> cards = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT account_id, card_number FROM card_directory")) {
            while (r.next()) {
                cards.putIfAbsent(r.getString(1), r.getString(2));
            }
        }
        List<Account> accounts = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT aggregateIdentifier, "
                + "sequenceNumber, payloadType, payload FROM DomainEventEntry WHERE type = '" + ACCOUNT
                + "' ORDER BY aggregateIdentifier, sequenceNumber")) {
            Account current = null;
            boolean open = false;
            while (r.next()) {
                String id = r.getString(1);
                if (current == null || !current.id.equals(id)) {
                    if (current != null && open) {
                        accounts.add(current);
                    }
                    current = new Account(id, cards.get(id), -1, 0);
                    open = current.card != null;
                }
                current.sequence = r.getLong(2);
                String type = r.getString(3);
                if (type.matches(NOT_OPEN)) {
                    open = false;
                }
                JsonNode balanceAfter = JSON.readTree(r.getBytes(4)).get("balanceAfter");
                if (balanceAfter != null && balanceAfter.isNumber()) {
                    current.balance = balanceAfter.asLong();
                }
            }
            if (current != null && open) {
                accounts.add(current);
            }
        }
        if (accounts.isEmpty()) {
            throw new IllegalStateException("No open card account with a card in the store");
        }
        return accounts;
    }

    private static Instant newest(Connection db) throws Exception {
        Instant newest = Instant.EPOCH;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT timeStamp FROM DomainEventEntry ORDER BY globalIndex DESC LIMIT 1000")) {
            while (r.next()) {
                Instant at = Instant.parse(r.getString(1));
                newest = at.isAfter(newest) ? at : newest;
            }
        }
        return newest;
    }

    private BulkEventWriter() {
    }
}
