package dk.kantinekort.ui.citizen.notice;

import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.api.notice.ChooseNotices;
import dk.kantinekort.api.notice.FindNoticeChoice;
import dk.kantinekort.api.notice.NoticeChoice;
import dk.kantinekort.api.notice.StopNotices;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Answers;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What Notifikationer asks and tells the ledger. Callers pass only an account the logged-in citizen may act on and
 * the logged-in citizen's own id; the command side checks the account again and takes the citizen from the login.
 */
@Component
class NoticeChoices {

    private final QueryGateway queries;
    private final PortalCommands commands;

    NoticeChoices(QueryGateway queries, PortalCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** The citizen's choice for the account; empty when they chose none. */
    Optional<NoticeChoice> choice(String accountId, String citizenId) {
        return Optional.ofNullable(Answers.await(queries.query(new FindNoticeChoice(accountId, citizenId),
                ResponseTypes.instanceOf(NoticeChoice.class)), "the notices"));
    }

    /** The e-mail the citizen gave under Brugeroplysninger, to start the address field with. */
    Optional<String> profileEmail(String citizenId) {
        CitizenProfile profile = Answers.await(queries.query(new FindCitizenProfile(citizenId),
                ResponseTypes.instanceOf(CitizenProfile.class)), "the profile");
        return Optional.ofNullable(profile).map(CitizenProfile::details).map(d -> d.email())
                .filter(e -> !e.isBlank());
    }

    void choose(ChooseNotices command) {
        commands.send(command);
    }

    void stop(String accountId) {
        commands.send(new StopNotices(accountId));
    }
}
