package dk.kantinekort.ui.staff.support;

import dk.kantinekort.ui.shell.PlainTable;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffDates;
import dk.kantinekort.ui.staff.session.StaffQueries;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.relation.EndAccountLink;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RelationSummary;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Support's view of a person's links, both ways (whom they have access to, who has access to them or asks for it),
 * and "Afslut tilknytning": staff end a link on the person's request. The command side records the staff member.
 */
class SupportLinks extends Div {

    private final StaffQueries queries;
    private final StaffCommands commands;
    private final Consumer<Outcome> show;

    SupportLinks(StaffQueries queries, StaffCommands commands, Consumer<Outcome> show) {
        this.queries = queries;
        this.commands = commands;
        this.show = show;
        setId("support-links");
    }

    /** The open links of the person who holds {@code account}; throws IllegalStateException when unavailable. */
    List<RelationSummary> linksOf(String citizenId) {
        return queries.list(new FindRelationsOfCitizen(citizenId), RelationSummary.class).stream()
                .filter(link -> link.status() == RelationStatus.ACTIVE || link.status() == RelationStatus.PENDING)
                .toList();
    }

    Outcome end(RelationSummary link) {
        return Outcome.of(() -> commands.send(new EndAccountLink(link.relationId())),
                "backoffice.support.link-ended");
    }

    /** Shows the person's links; another person's links replace them. */
    void showFor(AccountSummary account) {
        removeAll();
        H3 heading = new H3(getTranslation("backoffice.support.links-title",
                java.util.Objects.requireNonNullElse(account.holderName(), getTranslation("citizen.forgotten"))));
        List<RelationSummary> links;
        try {
            links = linksOf(account.citizenId());
        } catch (IllegalStateException e) {
            show.accept(Outcome.refused("backoffice.unavailable"));
            return;
        }
        if (links.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("backoffice.support.no-links"));
            nothing.setId("support-no-links");
            add(heading, nothing);
            return;
        }
        PlainTable table = new PlainTable("support-links-table", getTranslation("backoffice.support.column.requester"),
                getTranslation("backoffice.support.column.owner"), getTranslation("backoffice.support.column.status"),
                getTranslation("backoffice.support.column.since"), getTranslation("backoffice.column.actions"));
        for (RelationSummary link : links) {
            Button end = new Button(getTranslation("backoffice.support.end-link"), click -> confirmEnd(account, link));
            end.setId("support-end-link-" + link.relationId());
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            table.addRow("support-link-" + link.relationId(), requester(link), owner(link),
                    getTranslation("backoffice.support.link-status." + link.status().name()),
                    StaffDates.dateTime(link.activeSince() != null ? link.activeSince() : link.requestedAt()), end);
        }
        add(heading, table);
    }

    private static String requester(RelationSummary link) {
        return Objects.requireNonNullElse(link.requesterName(), "");
    }

    /** The owner by name once active; a pending request shows the CPR number's date part only. */
    private static String owner(RelationSummary link) {
        return link.ownerName() != null ? link.ownerName() : Objects.requireNonNullElse(link.cprMasked(), "");
    }

    private void confirmEnd(AccountSummary account, RelationSummary link) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("backoffice.support.end-link-title"),
                getTranslation("backoffice.support.end-link-text", requester(link), owner(link)),
                getTranslation("backoffice.support.end-link"), yes -> {
                    Outcome outcome = end(link);
                    show.accept(outcome);
                    if (outcome.done()) {
                        showFor(account);
                        show.accept(outcome);
                    }
                });
        confirm.setId("support-end-link-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("backoffice.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
