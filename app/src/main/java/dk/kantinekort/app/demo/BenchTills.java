package dk.kantinekort.app.demo;

import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.till.AuthenticateTill;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.TillIdentity;
import dk.kantinekort.api.till.TillToken;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Extra tills at the demo school for the load generators in bench/ ({@code canteen.demo-data.bench-tills}, default
 * 0): till {@code bench-till-<i>} holds the credential {@code demo-till-bench-<i>}, i = 1..count. Demo data only;
 * the admin API has no endpoint for tills (they are issued in the back office, Steder og kasser).
 */
final class BenchTills {

    static final String TOKEN_PREFIX = "demo-till-bench-";

    private final CommandGateway commands;
    private final QueryGateway queries;

    BenchTills(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Issues the credentials not issued yet; each was issued once its token authenticates. */
    void seed(int count) {
        for (int i = 1; i <= count; i++) {
            String hash = TillToken.hash(TOKEN_PREFIX + i);
            if (queries.query(new AuthenticateTill(hash), TillIdentity.class).join() == null) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                                new IssueTillCredential(DemoData.SCHOOL_PLACE_ID, "bench-till-" + i, hash))
                        .andMetaData(Metadata.of(Metadata.system("demo-data"), Metadata.Channel.SYSTEM, null)));
            }
        }
    }
}
