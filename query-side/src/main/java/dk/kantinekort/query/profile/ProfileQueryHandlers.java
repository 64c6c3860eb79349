package dk.kantinekort.query.profile;

import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.FindCardPhoto;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.query.account.CitizenReadModel;
import dk.kantinekort.query.account.PersonalData;
import java.util.Base64;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Opens a person's Brugeroplysninger for the portal. A person imported without contact details gets the
 * name and e-mail they were registered with, so the form starts filled in as far as known.
 */
@Component
class ProfileQueryHandlers {

    private final ProfileReadModel profiles;
    private final CitizenReadModel citizens;
    private final PersonalData personalData;

    ProfileQueryHandlers(ProfileReadModel profiles, CitizenReadModel citizens, PersonalData personalData) {
        this.profiles = profiles;
        this.citizens = citizens;
        this.personalData = personalData;
    }

    @QueryHandler
    CitizenProfile handle(FindCitizenProfile query) {
        Optional<String> cprMasked = citizens.cprMaskedOf(query.citizenId());
        if (cprMasked.isEmpty()) {
            return null;
        }
        Optional<Document> profile = profiles.find(query.citizenId());
        ContactDetails details = profile
                .flatMap(p -> personalData.revealContactDetails(ProfileReadModel.sealed(p, ProfileReadModel.DETAILS)))
                .orElseGet(() -> new ContactDetails(citizens.nameOf(query.citizenId()).orElse(null),
                        profile.flatMap(p -> personalData.reveal(ProfileReadModel.sealed(p,
                                ProfileReadModel.REGISTERED_EMAIL))).orElse(null),
                        null, null, null, null, null));
        boolean hasPhoto = profile.map(p -> p.get(ProfileReadModel.PHOTO) != null).orElse(false);
        return new CitizenProfile(query.citizenId(), cprMasked.get(), details, hasPhoto);
    }

    @QueryHandler
    byte[] handle(FindCardPhoto query) {
        return profiles.find(query.citizenId())
                .flatMap(p -> personalData.reveal(ProfileReadModel.sealed(p, ProfileReadModel.PHOTO)))
                .map(Base64.getDecoder()::decode)
                .orElse(null);
    }
}
