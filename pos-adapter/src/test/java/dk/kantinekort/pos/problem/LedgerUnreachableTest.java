package dk.kantinekort.pos.problem;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import dk.kantinekort.api.till.PurchaseWithCard;
import dk.kantinekort.pos.support.ApiTest;
import io.grpc.Status;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.command.AxonServerCommandDispatchException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The till API answers 503 LEDGER_UNAVAILABLE as problem+json (never 500) when a command does not reach the ledger:
 * no connection to Axon Server, a dispatch that failed on the way, no command handler connected, the ledger's database
 * refusing the write (full disk, no connection). The till may retry with the same Idempotency-Key.
 */
class LedgerUnreachableTest extends ApiTest {

    @MockitoBean
    CommandGateway commandGateway;

    static Stream<RuntimeException> unreachable() {
        return Stream.of(
                new AxonServerCommandDispatchException(ErrorCode.COMMAND_DISPATCH_ERROR.errorCode(),
                        "Exception while dispatching a command to Axon Server", Status.UNAVAILABLE.asRuntimeException()),
                new AxonServerException(ErrorCode.CONNECTION_FAILED.errorCode(), "No connection to Axon Server"),
                new NoHandlerForCommandException("No node known to accept PurchaseWithCard"),
                new IllegalStateException("wrapped", new ConnectException("Connection refused")),
                new IllegalStateException("the event store refused the write: disk full",
                        new SQLException("could not extend file: No space left on device", "53100")),
                new IllegalStateException("no connection from the pool",
                        new SQLTransientConnectionException("Connection is not available", "08001")),
                new IllegalStateException("H2 closed the database after an I/O error",
                        new SQLException("Database is already closed", "90098")));
    }

    @ParameterizedTest
    @MethodSource("unreachable")
    void aPurchaseThatCannotReachTheLedgerIs503ProblemJson(RuntimeException failure) {
        when(commandGateway.send(any(PurchaseWithCard.class), any(MetaData.class)))
                .thenReturn(CompletableFuture.failedFuture(failure));

        expectProblem(buy(newKey(), OSTEHAPS), 503, Reasons.LEDGER_UNAVAILABLE);
    }

    @Test
    void alsoWhenTheGatewayThrowsAtOnce() {
        when(commandGateway.send(any(PurchaseWithCard.class), any(MetaData.class)))
                .thenThrow(new AxonServerException(ErrorCode.CONNECTION_FAILED.errorCode(), "No connection"));

        expectProblem(buy(newKey(), OSTEHAPS), 503, Reasons.LEDGER_UNAVAILABLE);
    }

    @Test
    void aBugInTheLedgersSqlStaysAnInternalError() {
        when(commandGateway.send(any(PurchaseWithCard.class), any(MetaData.class)))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("bad statement",
                        new SQLException("Syntax error in SQL statement", "42000"))));

        expectProblem(buy(newKey(), OSTEHAPS), 500, "INTERNAL_ERROR");
    }

    @Test
    void aFailureInsideTheLedgerStaysAnInternalError() {
        when(commandGateway.send(any(PurchaseWithCard.class), any(MetaData.class)))
                .thenReturn(CompletableFuture.failedFuture(new AxonServerException(
                        ErrorCode.INDEX_WRITE_ERROR.errorCode(), "disk full")));

        expectProblem(buy(newKey(), OSTEHAPS), 500, "INTERNAL_ERROR");
    }
}
