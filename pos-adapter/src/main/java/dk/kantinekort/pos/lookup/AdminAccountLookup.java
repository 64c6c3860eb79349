package dk.kantinekort.pos.lookup;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.lookup.LookupChannel;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.pos.auth.ApiAuthentication;
import dk.kantinekort.pos.dispatch.Ledger;
import dk.kantinekort.pos.problem.PosProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * An admin API look-up of one account by its id (issue 15), the same for every admin route that answers something
 * of an account's holder: the account is found, the look-up recorded (with the holder when found, without a match
 * otherwise), and only then answered; an unknown account is 404 {@code ACCOUNT_NOT_FOUND}, an unrecorded look-up 503.
 */
@Component
public class AdminAccountLookup {

    private final Ledger ledger;
    private final LookupRecorder lookups;

    AdminAccountLookup(Ledger ledger, LookupRecorder lookups) {
        this.ledger = ledger;
        this.lookups = lookups;
    }

    /** The account, once the admin's look-up of it for this purpose is recorded. */
    public Mono<AccountSummary> recorded(ServerWebExchange exchange, String accountId, LookupPurpose purpose) {
        Map<String, String> metadata = ApiAuthentication.adminMetadata(exchange);
        return ledger.query(new FindAccountSummary(accountId), ResponseTypes.instanceOf(AccountSummary.class))
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(found -> lookups.record(metadata, LookupChannel.ADMIN_API, LookupKey.ACCOUNT_ID, purpose,
                                found.map(a -> List.of(a.citizenId())).orElse(List.of()),
                                found.isPresent() ? List.of(accountId) : List.of())
                        .then(Mono.justOrEmpty(found)))
                .switchIfEmpty(Mono.error(() -> notFound(accountId)));
    }

    /** 404 {@code ACCOUNT_NOT_FOUND}. */
    public static PosProblem notFound(String accountId) {
        return new PosProblem(HttpStatus.NOT_FOUND, RejectionCode.ACCOUNT_NOT_FOUND.name(), "No account " + accountId);
    }
}
