package dk.kantinekort.ui.citizen.proof;

import com.lowagie.text.pdf.PdfReader;
import dk.kantinekort.api.proof.StatementVerification;
import dk.kantinekort.api.proof.VerifyStatement;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import java.io.IOException;
import java.util.Map;
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
 * Bekræft kontoudskrift's questions to the ledger: a code (and the hash printed with it, read from an uploaded PDF)
 * is checked by the query side against the stored events and the published chain heads.
 */
@Component
public class StatementChecks {

    /** The keywords a Kantinekort statement PDF carries: prefix, code, position, hash. */
    static final String KEYWORD_PREFIX = "kantinekort-proof";
    private static final Logger log = LoggerFactory.getLogger(StatementChecks.class);
    private static final long TIMEOUT_SECONDS = 20;

    private final QueryGateway queryGateway;
    private final SchemeParts parts;

    StatementChecks(QueryGateway queryGateway, SchemeParts parts) {
        this.queryGateway = queryGateway;
        this.parts = parts;
    }

    public boolean on() {
        return parts.isOn(SchemePart.STATEMENT_PROOFS);
    }

    /** The verification; empty when the ledger could not be asked. */
    Optional<StatementVerification> verify(String code, String statedHash) {
        try {
            return Optional.ofNullable(queryGateway.query(new VerifyStatement(code, statedHash),
                    ResponseTypes.instanceOf(StatementVerification.class)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("A statement could not be verified", e);
            return Optional.empty();
        }
    }

    /** What a statement PDF says of itself: its code and chain hash; empty for any other file. */
    public static Optional<PrintedProof> read(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                Map<String, String> info = reader.getInfo();
                return PrintedProof.parse(info == null ? null : info.get("Keywords"));
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a PDF, or a damaged one
        }
    }

    /** The code and hash a statement carries. */
    public record PrintedProof(String code, String hash) {

        static Optional<PrintedProof> parse(String keywords) {
            if (keywords == null) {
                return Optional.empty();
            }
            String[] parts = keywords.strip().split("\\s+");
            if (parts.length != 4 || !parts[0].equals(KEYWORD_PREFIX)) {
                return Optional.empty();
            }
            return Optional.of(new PrintedProof(parts[1], parts[3]));
        }
    }
}
