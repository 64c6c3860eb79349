package dk.kantinekort.query.notice;

import dk.kantinekort.query.account.PersonalData;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.notice.FindNoticeChoice;
import dk.kantinekort.api.notice.NoticeChoice;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.api.notice.NoticesChosen;
import dk.kantinekort.api.notice.NoticesStopped;
import dk.kantinekort.query.ProcessingGroups;
import java.util.EnumSet;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Notifikationer's read model: what each citizen chose for each account, for the portal's page. */
@Component
@ProcessingGroup(ProcessingGroups.ACCOUNT_SUMMARIES)
class NoticeChoiceProjection {

    private final NoticeChoiceReadModel choices;
    private final PersonalData personalData;

    NoticeChoiceProjection(NoticeChoiceReadModel choices, PersonalData personalData) {
        this.choices = choices;
        this.personalData = personalData;
    }

    @ResetHandler
    void reset() {
        choices.clear();
    }

    @EventHandler
    void on(NoticesChosen event) {
        choices.chosen(event);
    }

    @EventHandler
    void on(NoticesStopped event) {
        choices.stopped(event.accountId(), event.citizenId());
    }

    /** The choice with its address opened; null when the citizen chose none (or was forgotten). */
    @QueryHandler
    NoticeChoice handle(FindNoticeChoice query) {
        return choices.find(query.accountId(), query.citizenId()).map(this::choice).orElse(null);
    }

    private NoticeChoice choice(Document d) {
        EnumSet<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
        d.getList("kinds", String.class, List.of()).forEach(k -> kinds.add(NoticeKind.valueOf(k)));
        Number below = d.get("lowBalanceBelow", Number.class);
        Document address = d.get("address", Document.class);
        String email = address == null ? null : personalData.reveal(new SealedData(address.getString("keyId"),
                address.getString("iv"), address.getString("ciphertext"))).orElse(null);
        return new NoticeChoice(d.getString("accountId"), d.getString("citizenId"), kinds,
                below == null ? null : Money.ofOre(below.longValue()), NoticeDelivery.valueOf(d.getString("delivery")),
                email);
    }
}
