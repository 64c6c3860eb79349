package dk.kantinekort.query.account;

import dk.kantinekort.api.citizen.CitizenForgotten;
import dk.kantinekort.api.citizen.CitizenRegistered;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.ContactDetailsChanged;
import dk.kantinekort.query.ProcessingGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Keeps the citizens' names and masked CPR numbers, opened once from the sealed event. */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class CitizenProjection {

    private final PersonalData personalData;
    private final CitizenReadModel citizens;

    CitizenProjection(PersonalData personalData, CitizenReadModel citizens) {
        this.personalData = personalData;
        this.citizens = citizens;
    }

    /** A rebuild (replay from the first event) starts without citizens. */
    @ResetHandler
    void reset() {
        citizens.clear();
    }

    /** A new name in Brugeroplysninger is the name on the person's accounts too. */
    @EventHandler
    void on(ContactDetailsChanged event) {
        personalData.revealContactDetails(event.details())
                .map(ContactDetails::name)
                .ifPresent(name -> citizens.renamed(event.citizenId(), name));
    }


    /** A forgotten person has no name and no CPR number here any more, on their accounts neither. */
    @EventHandler
    void on(CitizenForgotten event) {
        citizens.forgotten(event.citizenId(), event.accountIds());
    }

    @EventHandler
    void on(CitizenRegistered event) {
        citizens.registered(event.citizenId(),
                personalData.reveal(event.name()).orElse(null),
                personalData.revealCprMasked(event.cpr()).orElse(null));
    }
}
