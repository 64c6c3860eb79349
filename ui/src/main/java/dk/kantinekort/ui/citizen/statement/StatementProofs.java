package dk.kantinekort.ui.citizen.statement;

import dk.kantinekort.api.proof.FindStatementProof;
import dk.kantinekort.api.proof.StatementProof;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where a statement ends in its account's hash chain, for the footer of the downloads; nothing when statement proofs
 * are switched off, when the chain has no entry before the period's end yet, or when the query side does not answer
 * (the statement is then downloaded without a footer rather than not at all).
 */
@Component
class StatementProofs {

    private static final Logger log = LoggerFactory.getLogger(StatementProofs.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final QueryGateway queryGateway;
    private final SchemeParts parts;

    StatementProofs(QueryGateway queryGateway, SchemeParts parts) {
        this.queryGateway = queryGateway;
        this.parts = parts;
    }

    boolean on() {
        return parts.isOn(SchemePart.STATEMENT_PROOFS);
    }

    Optional<ChainFooter> footer(String accountId, Instant periodEnd, ReportTexts texts) {
        if (!on()) {
            return Optional.empty();
        }
        return find(accountId, periodEnd).map(proof -> new ChainFooter(texts.text("statement.proof.heading"),
                texts.text("statement.proof.code"), proof.code(), texts.text("statement.proof.position"),
                proof.position(), texts.text("statement.proof.hash"), proof.hash(),
                texts.text("statement.proof.how")));
    }

    private Optional<StatementProof> find(String accountId, Instant periodEnd) {
        try {
            return Optional.ofNullable(queryGateway.query(new FindStatementProof(accountId, periodEnd),
                    ResponseTypes.instanceOf(StatementProof.class)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("The statement's chain entry could not be found; the download has no proof footer", e);
            return Optional.empty();
        }
    }
}
