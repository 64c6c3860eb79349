package dk.kantinekort.query.proof;

import dk.kantinekort.api.audit.LedgerCheckResult;
import dk.kantinekort.api.proof.ChainBreak;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The ledger check's part in the statement proofs: while the check streams the whole history once, every account's
 * chain is recomputed from the stored events and compared, at their positions, with the head kept next to the store
 * and with the head published by the previous check; then this check's heads are published. An account whose
 * events no longer give its recorded hashes is reported, and its last good published head is carried forward, so a
 * change is never laundered into the next report.
 */
@Component
public class ChainAudit {

    private static final Logger log = LoggerFactory.getLogger(ChainAudit.class);

    private final ChainCollections collections;
    private final PublishedChainHeads published;
    private final AccountChain accountChain;
    private final Serializer eventSerializer;
    private final SchemeParts parts;

    ChainAudit(ChainCollections collections, PublishedChainHeads published, AccountChain accountChain,
               @Qualifier("eventSerializer") Serializer eventSerializer, SchemeParts parts) {
        this.collections = collections;
        this.published = published;
        this.accountChain = accountChain;
        this.eventSerializer = eventSerializer;
        this.parts = parts;
    }

    /** Starts the chain's part of one check; empty when statement proofs are switched off. */
    public Optional<Run> start() {
        if (!parts.isOn(SchemePart.STATEMENT_PROOFS)) {
            return Optional.empty();
        }
        return Optional.of(new Run(collections.allHeads(),
                published.latest().map(PublishedChainHeads.Published::heads).orElse(Map.of())));
    }

    /** One check's recomputation: fed every event of the history, in order. */
    public final class Run {

        private final Map<String, ChainEntry> stored;
        private final Map<String, PublishedChainHeads.Head> lastPublished;
        private final Map<String, Account> accounts = new HashMap<>();

        private Run(Map<String, ChainEntry> stored, Map<String, PublishedChainHeads.Head> lastPublished) {
            this.stored = stored;
            this.lastPublished = lastPublished;
        }

        public void accept(EventMessage<?> event) {
            if (!(event instanceof DomainEventMessage<?> domain) || !StoredEvent.isAccountEvent(domain)) {
                return;
            }
            String accountId = domain.getAggregateIdentifier();
            Account account = accounts.computeIfAbsent(accountId, id -> new Account());
            account.hash = ChainLink.next(account.hash, StoredEvent.of(domain, eventSerializer));
            account.position = domain.getSequenceNumber();
            ChainEntry kept = stored.get(accountId);
            if (kept != null && kept.position() == account.position
                    && !Arrays.equals(account.hash, ChainLink.fromHex(kept.hash()))) {
                account.brokenAgainst(ChainBreak.Against.STORED);
            }
            PublishedChainHeads.Head head = lastPublished.get(accountId);
            if (head != null && head.position() == account.position
                    && !Arrays.equals(account.hash, ChainLink.fromHex(head.hash()))) {
                account.brokenAgainst(ChainBreak.Against.PUBLISHED);
            }
        }

        /**
         * The accounts whose stored events no longer give their recorded hashes (one break each, at the first entry
         * that differs from the kept chain where it can be found), after publishing this check's heads.
         */
        public List<ChainBreak> finish(LedgerCheckResult check) {
            List<ChainBreak> breaks = new ArrayList<>();
            Map<String, PublishedChainHeads.Head> heads = new HashMap<>();
            // an account that has vanished from the store altogether is a break too
            lastPublished.keySet().stream().filter(id -> !accounts.containsKey(id))
                    .forEach(id -> breaks.add(new ChainBreak(id, lastPublished.get(id).position(),
                            ChainBreak.Against.PUBLISHED)));
            accounts.forEach((accountId, account) -> {
                // events removed from the end of the account: the store no longer reaches a recorded head
                PublishedChainHeads.Head head = lastPublished.get(accountId);
                ChainEntry kept = stored.get(accountId);
                if (kept != null && kept.position() > account.position) {
                    account.brokenAgainst(ChainBreak.Against.STORED);
                }
                if (head != null && head.position() > account.position) {
                    account.brokenAgainst(ChainBreak.Against.PUBLISHED);
                }
                if (account.against == null) {
                    heads.put(accountId, new PublishedChainHeads.Head(account.position, ChainLink.hex(account.hash)));
                    return;
                }
                breaks.add(new ChainBreak(accountId, firstDifference(accountId, account.position), account.against));
                PublishedChainHeads.Head good = lastPublished.get(accountId);
                if (good != null) {
                    heads.put(accountId, good);
                }
            });
            lastPublished.forEach(heads::putIfAbsent);
            String root = published.publish(check, breaks, heads);
            log.info("Ledger check {}: chain heads of {} accounts published (root {}), {} chain breaks",
                    check.checkId(), heads.size(), root, breaks.size());
            return breaks;
        }

        private long firstDifference(String accountId, long upTo) {
            Map<Long, String> kept = new HashMap<>();
            collections.entriesFrom(accountId).forEach(e -> kept.put(e.position(), e.hash()));
            for (ChainEntry now : accountChain.upTo(accountId, upTo)) {
                String keptHash = kept.get(now.position());
                if (keptHash != null && !keptHash.equals(now.hash())) {
                    return now.position();
                }
            }
            return upTo;
        }
    }

    private static final class Account {
        private byte[] hash = ChainLink.GENESIS;
        private long position = -1;
        private ChainBreak.Against against;

        void brokenAgainst(ChainBreak.Against kind) {
            if (against == null || kind == ChainBreak.Against.PUBLISHED) {
                against = kind;
            }
        }
    }
}
