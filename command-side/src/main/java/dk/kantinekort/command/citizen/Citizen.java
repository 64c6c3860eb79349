package dk.kantinekort.command.citizen;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.citizen.CitizenRegistered;
import dk.kantinekort.api.citizen.RegisterCitizen;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person known to the system. Personal data only ever appears sealed with the person's own key. */
@Aggregate
public class Citizen {

    @AggregateIdentifier
    private String citizenId;

    protected Citizen() {
        // for Axon
    }

    @CommandHandler
    public Citizen(RegisterCitizen command) {
        apply(new CitizenRegistered(command.citizenId(), command.cprHash(), command.cpr(), command.name(),
                command.email()));
    }

    @EventSourcingHandler
    void on(CitizenRegistered event) {
        citizenId = event.citizenId();
    }
}
