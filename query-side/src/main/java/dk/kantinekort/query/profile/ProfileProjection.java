package dk.kantinekort.query.profile;

import dk.kantinekort.api.citizen.CardPhotoChanged;
import dk.kantinekort.api.citizen.CitizenRegistered;
import dk.kantinekort.api.citizen.ContactDetailsChanged;
import dk.kantinekort.query.ProcessingGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Keeps the sealed contact details and card photo of each person, the newest winning. */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class ProfileProjection {

    private final ProfileReadModel profiles;

    ProfileProjection(ProfileReadModel profiles) {
        this.profiles = profiles;
    }

    /** A rebuild (replay from the first event) starts without profiles. */
    @ResetHandler
    void reset() {
        profiles.clear();
    }

    @EventHandler
    void on(CitizenRegistered event) {
        profiles.set(event.citizenId(), ProfileReadModel.REGISTERED_EMAIL, event.email());
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        profiles.set(event.citizenId(), ProfileReadModel.DETAILS, event.details());
    }

    @EventHandler
    void on(CardPhotoChanged event) {
        profiles.set(event.citizenId(), ProfileReadModel.PHOTO, event.photo());
    }
}
