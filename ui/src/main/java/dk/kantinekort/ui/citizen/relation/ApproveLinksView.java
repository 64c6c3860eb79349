package dk.kantinekort.ui.citizen.relation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.relation.RelationSummary;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.session.CitizenGuard;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Supplier;
import dk.kantinekort.ui.shell.Routes;

/**
 * "Godkend tilknytninger" (F3): requests from other people for access to my accounts, to approve or reject,
 * and my own requests that still wait, to delete.
 */
@Route(value = Routes.APPROVE_LINKS, layout = MainLayout.class)
@PermitAll
public class ApproveLinksView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Relations relations;
    private final LinkAnswers answers;
    private final CurrentCitizen currentCitizen;
    private final Branding branding;

    private final Grid<RelationSummary> incoming = new Grid<>();
    private final Grid<RelationSummary> outgoing = new Grid<>();
    private final Paragraph unavailable = new Paragraph();

    ApproveLinksView(Relations relations, LinkAnswers answers, CurrentCitizen currentCitizen,
                             Branding branding) {
        this.relations = relations;
        this.answers = answers;
        this.currentCitizen = currentCitizen;
        this.branding = branding;

        unavailable.setId("relations-unavailable");
        unavailable.setText(getTranslation("relation.list.unavailable"));
        unavailable.getElement().setAttribute("role", "alert");

        incoming.setId("incoming-requests");
        // the grid's own table carries the name: aria-labelledby on its host element never reaches it
        incoming.setAriaLabel(getTranslation("relation.incoming.title"));
        incoming.addColumn(RelationSummary::requesterName).setHeader(getTranslation("relation.column.requester"))
                .setAutoWidth(true);
        incoming.addColumn(r -> RequestDates.format(r.requestedAt()))
                .setHeader(getTranslation("relation.column.date")).setAutoWidth(true);
        incoming.addComponentColumn(this::answerButtons).setKey("actions").setHeader(getTranslation("relation.column.actions"))
                .setAutoWidth(true);
        incoming.setEmptyStateText(getTranslation("relation.incoming.empty"));
        style(incoming);

        outgoing.setId("outgoing-requests");
        // the grid's own table carries the name: aria-labelledby on its host element never reaches it
        outgoing.setAriaLabel(getTranslation("relation.outgoing.title"));
        outgoing.addColumn(RelationSummary::cprMasked).setHeader(getTranslation("relation.column.cpr"))
                .setAutoWidth(true);
        outgoing.addColumn(r -> RequestDates.format(r.requestedAt()))
                .setHeader(getTranslation("relation.column.date")).setAutoWidth(true);
        outgoing.addColumn(r -> getTranslation("relation.status.PENDING"))
                .setHeader(getTranslation("relation.column.status")).setAutoWidth(true);
        outgoing.addComponentColumn(this::withdrawButton).setKey("actions").setHeader(getTranslation("relation.column.actions"))
                .setAutoWidth(true);
        outgoing.setEmptyStateText(getTranslation("relation.outgoing.empty"));
        style(outgoing);

        H3 incomingHeading = new H3(getTranslation("relation.incoming.title"));
        incomingHeading.setId("incoming-heading");
        H3 outgoingHeading = new H3(getTranslation("relation.outgoing.title"));
        outgoingHeading.setId("outgoing-heading");
        add(new H2(getTranslation("relation.approve.title")), new Paragraph(getTranslation("relation.approve.intro")),
                unavailable, incomingHeading, incoming, outgoingHeading, outgoing);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CitizenGuard.admits(event, currentCitizen)) {
            load();
        }
    }

    private void load() {
        String me = currentCitizen.require();
        try {
            List<RelationSummary> all = relations.of(me);
            incoming.setItems(Relations.waitingFor(me, all));
            outgoing.setItems(Relations.sentBy(me, all));
            unavailable.setVisible(false);
        } catch (IllegalStateException e) {
            incoming.setItems(List.of());
            outgoing.setItems(List.of());
            unavailable.setVisible(true);
        }
    }

    private HorizontalLayout answerButtons(RelationSummary request) {
        String who = request.requesterName() == null ? "" : request.requesterName();
        Button approve = action("relation.approve", "relation.approve.aria", who,
                () -> answers.approve(request.relationId()), ButtonVariant.LUMO_PRIMARY);
        approve.addClassName("approve");
        Button reject = action("relation.reject", "relation.reject.aria", who,
                () -> answers.reject(request.relationId()), ButtonVariant.LUMO_ERROR);
        reject.addClassName("reject");
        return new HorizontalLayout(approve, reject);
    }

    private Button withdrawButton(RelationSummary request) {
        Button withdraw = action("relation.withdraw", "relation.withdraw.aria", request.cprMasked(),
                () -> answers.withdraw(request.relationId()), ButtonVariant.LUMO_ERROR);
        withdraw.addClassName("withdraw");
        return withdraw;
    }

    private Button action(String textKey, String ariaKey, String subject,
                          Supplier<LinkAnswers.Outcome> send, ButtonVariant variant) {
        Button button = new Button(getTranslation(textKey));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
        // the same text in every row: the label says which request it answers
        button.setAriaLabel(getTranslation(ariaKey, subject));
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            LinkAnswers.Outcome outcome = send.get();
            notify(outcome);
            load();
        });
        return button;
    }

    private void notify(LinkAnswers.Outcome outcome) {
        Notification notice = Notification.show(getTranslation(outcome.messageKey()));
        notice.addThemeVariants(outcome.done() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    private static void style(Grid<RelationSummary> grid) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("relation.approve.title") + " – " + branding.name();
    }
}
