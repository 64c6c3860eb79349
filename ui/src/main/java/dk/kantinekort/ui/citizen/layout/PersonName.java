package dk.kantinekort.ui.citizen.layout;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The logged-in person's name for the header: from their own account, else from their profile. */
@Component
class PersonName {

    private static final Logger log = LoggerFactory.getLogger(PersonName.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final QueryGateway queryGateway;

    PersonName(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Empty when the name cannot be found; the header then simply shows none. */
    Optional<String> of(String citizenId, List<AccountSummary> accessibleAccounts) {
        Optional<String> fromAccount = accessibleAccounts.stream()
                .filter(account -> citizenId.equals(account.citizenId()))
                .map(AccountSummary::holderName).filter(name -> name != null && !name.isBlank()).findFirst();
        return fromAccount.isPresent() ? fromAccount : fromProfile(citizenId);
    }

    private Optional<String> fromProfile(String citizenId) {
        try {
            CitizenProfile profile = queryGateway.query(new FindCitizenProfile(citizenId), CitizenProfile.class)
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return Optional.ofNullable(profile).map(p -> p.details() == null ? null : p.details().name())
                    .filter(name -> !name.isBlank());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Name of the logged-in person unavailable: {}", e.toString());
            return Optional.empty();
        }
    }
}
