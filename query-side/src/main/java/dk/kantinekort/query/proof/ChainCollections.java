package dk.kantinekort.query.proof;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dk.kantinekort.api.money.Money;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The chain kept next to the event store: one entry per account event ({@code statement_chain}, key
 * {@code <account>:<sequence>}, found by its code for Bekræft kontoudskrift) and each account's newest entry
 * ({@code statement_chain_heads}), which the ledger check compares with what the stored events give.
 */
@Component
class ChainCollections {

    static final String ENTRIES = "statement_chain";
    static final String HEADS = "statement_chain_heads";
    static final String ID = "_id";
    static final String ACCOUNT_ID = "accountId";
    static final String POSITION = "position";
    static final String HASH = "hash";
    static final String CODE = "code";
    static final String AT = "at";
    static final String BALANCE_AFTER = "balanceAfter";

    final MongoCollection<Document> entries;
    final MongoCollection<Document> heads;

    ChainCollections(MongoDatabase readModelDatabase) {
        entries = readModelDatabase.getCollection(ENTRIES);
        heads = readModelDatabase.getCollection(HEADS);
        entries.createIndex(Indexes.ascending(CODE));
        entries.createIndex(Indexes.ascending(ACCOUNT_ID, POSITION));
    }

    static String key(String accountId, long position) {
        return accountId + ":" + position;
    }

    static Document entry(ChainEntry entry) {
        Document document = new Document(ID, key(entry.accountId(), entry.position()))
                .append(ACCOUNT_ID, entry.accountId())
                .append(POSITION, entry.position())
                .append(HASH, entry.hash())
                .append(CODE, entry.code())
                .append(AT, Date.from(entry.at()));
        if (entry.balanceAfter() != null) {
            document.append(BALANCE_AFTER, entry.balanceAfter().ore());
        }
        return document;
    }

    static ChainEntry entryOf(Document document) {
        Number balance = document.get(BALANCE_AFTER, Number.class);
        Date at = document.getDate(AT);
        return new ChainEntry(document.getString(ACCOUNT_ID), document.get(POSITION, Number.class).longValue(),
                document.getString(HASH), document.getString(CODE), at == null ? null : at.toInstant(),
                balance == null ? null : Money.ofOre(balance.longValue()));
    }

    Optional<ChainEntry> entry(String accountId, long position) {
        return Optional.ofNullable(entries.find(Filters.eq(ID, key(accountId, position))).first())
                .map(ChainCollections::entryOf);
    }

    Optional<ChainEntry> head(String accountId) {
        return Optional.ofNullable(heads.find(Filters.eq(ID, accountId)).first()).map(ChainCollections::entryOf);
    }

    /** The account's last entry for an event before {@code upTo}. */
    Optional<ChainEntry> lastBefore(String accountId, Instant upTo) {
        return Optional.ofNullable(entries.find(Filters.and(Filters.eq(ACCOUNT_ID, accountId),
                        Filters.lt(AT, Date.from(upTo))))
                .sort(Sorts.descending(POSITION)).limit(1).first()).map(ChainCollections::entryOf);
    }

    List<ChainEntry> withCode(String code) {
        return StreamSupport.stream(entries.find(Filters.eq(CODE, code)).spliterator(), false)
                .map(ChainCollections::entryOf).toList();
    }

    /** Every account's newest entry, by account. */
    Map<String, ChainEntry> allHeads() {
        Map<String, ChainEntry> all = new HashMap<>();
        heads.find().forEach(d -> {
            ChainEntry head = entryOf(d);
            all.put(head.accountId(), head);
        });
        return all;
    }

    /** Every entry of the account, in order. */
    List<ChainEntry> entriesFrom(String accountId) {
        return StreamSupport.stream(entries.find(Filters.eq(ACCOUNT_ID, accountId))
                .sort(Sorts.ascending(POSITION)).spliterator(), false).map(ChainCollections::entryOf).toList();
    }
}
