package dk.kantinekort.ui.citizen.profile;

import dk.kantinekort.api.account.FindPendingCardReplacement;
import dk.kantinekort.api.account.PendingCardReplacement;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.FindCardPhoto;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.ui.shell.Answers;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What Brugeroplysninger reads about a person, asked from the query side. Callers pass only a citizen id
 * they took from an account the logged-in citizen may act on.
 */
@Component
class ProfileQueries {

    private final QueryGateway queryGateway;

    ProfileQueries(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The person's profile; empty for people imported without one. Throws IllegalStateException when unanswered. */
    Optional<CitizenProfile> profile(String citizenId) {
        return Optional.ofNullable(await(queryGateway.query(new FindCitizenProfile(citizenId),
                ResponseTypes.instanceOf(CitizenProfile.class))));
    }

    /** The JPEG on file for the person's cards, if any. Throws IllegalStateException when unanswered. */
    Optional<byte[]> photo(String citizenId) {
        byte[] jpeg = await(queryGateway.query(new FindCardPhoto(citizenId), ResponseTypes.instanceOf(byte[].class)));
        return jpeg == null || jpeg.length == 0 ? Optional.empty() : Optional.of(jpeg);
    }

    /** The account's replacement card still to be produced, with the address recorded with the order. */
    Optional<PendingCardReplacement> pendingReplacement(String accountId) {
        return Optional.ofNullable(await(queryGateway.query(new FindPendingCardReplacement(accountId),
                ResponseTypes.instanceOf(PendingCardReplacement.class))));
    }

    private static <R> R await(CompletableFuture<R> answer) {
        return Answers.await(answer, "the profile");
    }
}
