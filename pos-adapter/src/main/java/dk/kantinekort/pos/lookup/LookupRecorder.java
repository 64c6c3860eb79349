package dk.kantinekort.pos.lookup;

import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.lookup.RecordStaffLookup;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records an admin or audit API look-up of personal data (issue 15) before its answer is sent: processing without a
 * record is not allowed, so when the record cannot be written the request is answered 503
 * {@code LOOKUP_NOT_RECORDED} and nothing of the person is sent.
 */
@Component
public class LookupRecorder {

    /** The reason of the 503 when a look-up could not be recorded. */
    public static final String NOT_RECORDED = "LOOKUP_NOT_RECORDED";

    private final Ledger ledger;
    private final Clock clock;

    LookupRecorder(Ledger ledger, ObjectProvider<Clock> clock) {
        this.ledger = ledger;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Completes once the look-up is in the event store; fails with 503 {@code LOOKUP_NOT_RECORDED} otherwise. */
    public Mono<Void> record(Map<String, String> metadata, LookupChannel channel, LookupKey searchedBy,
                             LookupPurpose purpose, List<String> citizenIds, List<String> accountIds) {
        String actor = metadata.get(Metadata.ACTOR);
        RecordStaffLookup command = new RecordStaffLookup(RecordStaffLookup.logIdFor(actor, clock.instant()),
                UUID.randomUUID().toString(), channel, searchedBy, purpose, citizenIds, accountIds);
        return ledger.send(command, metadata)
                .onErrorMap(error -> !(error instanceof PosProblem), error -> new PosProblem(
                        HttpStatus.SERVICE_UNAVAILABLE, NOT_RECORDED,
                        "The look-up could not be recorded, so it is not answered; try again shortly"))
                .then();
    }
}
