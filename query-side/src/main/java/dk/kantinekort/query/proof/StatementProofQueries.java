package dk.kantinekort.query.proof;

import dk.kantinekort.api.proof.FindStatementProof;
import dk.kantinekort.api.proof.StatementProof;
import dk.kantinekort.api.proof.StatementVerification;
import dk.kantinekort.api.proof.StatementVerification.Outcome;
import dk.kantinekort.api.proof.VerifyStatement;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Where a statement ends in its account's chain, and Bekræft kontoudskrift: given a statement's code (and the hash
 * printed on it, when read from the document), the account's chain is recomputed from the stored events up to the
 * statement's entry and to the head the newest ledger-check report published, and both are compared.
 */
@Component
class StatementProofQueries {

    private final ChainCollections collections;
    private final AccountChain accountChain;
    private final PublishedChainHeads published;
    private final SchemeParts parts;

    StatementProofQueries(ChainCollections collections, AccountChain accountChain, PublishedChainHeads published,
                          SchemeParts parts) {
        this.collections = collections;
        this.accountChain = accountChain;
        this.published = published;
        this.parts = parts;
    }

    /** The statement's footer; null when the part is off or the account's chain has no entry before the end yet. */
    @QueryHandler
    StatementProof handle(FindStatementProof query) {
        if (!parts.isOn(SchemePart.STATEMENT_PROOFS) || query.accountId() == null || query.upTo() == null) {
            return null;
        }
        return collections.lastBefore(query.accountId(), query.upTo())
                .map(e -> new StatementProof(e.accountId(), e.position(), e.hash(), e.code(), e.at(), e.balanceAfter()))
                .orElse(null);
    }

    /** Null when the part is off (the callers answer 404 / no page then). */
    @QueryHandler
    StatementVerification handle(VerifyStatement query) {
        if (!parts.isOn(SchemePart.STATEMENT_PROOFS)) {
            return null;
        }
        Optional<String> code = ChainCode.normalise(query.code());
        if (code.isEmpty()) {
            return StatementVerification.unknown(query.code());
        }
        List<ChainEntry> candidates = collections.withCode(code.get());
        String stated = query.statedHash() == null || query.statedHash().isBlank() ? null
                : query.statedHash().strip().toLowerCase(Locale.ROOT);
        Optional<ChainEntry> entry = candidates.stream()
                .filter(c -> stated == null || c.hash().equals(stated)).findFirst()
                .or(() -> candidates.stream().findFirst());
        if (entry.isEmpty()) {
            return StatementVerification.unknown(code.get());
        }
        return verify(code.get(), entry.get(), stated);
    }

    private StatementVerification verify(String code, ChainEntry kept, String stated) {
        Optional<PublishedChainHeads.Published> report = published.latest();
        Optional<PublishedChainHeads.Head> head = report.map(r -> r.heads().get(kept.accountId()));
        long upTo = Math.max(kept.position(), head.map(PublishedChainHeads.Head::position).orElse(-1L));
        Map<Long, ChainEntry> now = accountChain.upTo(kept.accountId(), upTo).stream()
                .collect(Collectors.toMap(ChainEntry::position, Function.identity()));
        ChainEntry recomputed = now.get(kept.position());
        boolean ledgerIntact = recomputed != null && recomputed.hash().equals(kept.hash())
                && head.map(h -> now.containsKey(h.position()) && now.get(h.position()).hash().equals(h.hash()))
                .orElse(true);
        Outcome outcome = !ledgerIntact ? Outcome.LEDGER_ALTERED
                : stated != null && !stated.equals(kept.hash()) ? Outcome.STATEMENT_ALTERED
                : Outcome.MATCHES;
        boolean covered = head.isPresent() && head.get().position() >= kept.position();
        ChainEntry shown = kept; // what the statement was issued with (the same as the events give, when it matches)
        return new StatementVerification(outcome, code, kept.accountId(), kept.position(), shown.at(),
                shown.balanceAfter(), recomputed == null ? null : recomputed.hash(),
                covered ? report.get().at() : null, head.map(PublishedChainHeads.Head::position).orElse(null));
    }

}
