package dk.kantinekort.ui.citizen.relation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RelationSummary;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Hvem har adgang" on Mine Konti (F3): every person with an active link to the logged-in citizen or a request that
 * waits for their answer, since when, and "Fjern adgang" (after a confirmation) — "Godkend"/"Afvis" for a request.
 * Nobody has access to a person unseen, and the person can end any access themselves.
 */
public class WhoHasAccess extends VerticalLayout {

    private final LinkAnswers answers;
    private final Runnable afterChange;
    private final Grid<RelationSummary> grid = new Grid<>();

    /** {@code afterChange}: reads the page again once an answer was sent (done or refused). */
    public WhoHasAccess(LinkAnswers answers, Runnable afterChange) {
        this.answers = answers;
        this.afterChange = afterChange;
        setId("who-has-access-section");
        setPadding(false);

        H3 heading = new H3(getTranslation("access.title"));
        heading.setId("who-has-access-heading");
        Paragraph intro = new Paragraph(getTranslation("access.intro"));

        grid.setId("who-has-access");
        grid.setAriaLabel(getTranslation("access.title"));
        grid.addColumn(this::name).setKey("name").setHeader(getTranslation("access.column.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(link -> getTranslation("access.status." + link.status().name())).setKey("status")
                .setHeader(getTranslation("access.column.status")).setAutoWidth(true);
        grid.addColumn(link -> RequestDates.format(since(link))).setKey("since")
                .setHeader(getTranslation("access.column.since")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("access.column.actions"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("access.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(heading, intro, grid);
    }

    /** Shows the links of {@code links} that give, or ask for, access to {@code citizenId}. */
    public void show(String citizenId, List<RelationSummary> links) {
        grid.setItems(Relations.accessTo(citizenId, links));
    }

    private String name(RelationSummary link) {
        return link.requesterName() == null ? getTranslation("access.unknown-name") : link.requesterName();
    }

    private static java.time.Instant since(RelationSummary link) {
        return link.status() == RelationStatus.ACTIVE && link.activeSince() != null ? link.activeSince()
                : link.requestedAt();
    }

    private Component actions(RelationSummary link) {
        String who = name(link);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (link.status() == RelationStatus.PENDING) {
            actions.add(button("relation.approve", "relation.approve.aria", who, "approve", ButtonVariant.LUMO_PRIMARY,
                    () -> send(() -> answers.approve(link.relationId()))));
            actions.add(button("relation.reject", "relation.reject.aria", who, "reject", ButtonVariant.LUMO_ERROR,
                    () -> send(() -> answers.reject(link.relationId()))));
        } else {
            actions.add(button("access.end", "access.end.aria", who, "end-access", ButtonVariant.LUMO_ERROR,
                    () -> confirmEnd(link, who)));
        }
        return actions;
    }

    private Button button(String textKey, String ariaKey, String who, String className, ButtonVariant variant,
                          Runnable click) {
        Button button = new Button(getTranslation(textKey), event -> click.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, variant);
        // the same text in every row: the label says whose access it is
        button.setAriaLabel(getTranslation(ariaKey, who));
        button.addClassName(className);
        return button;
    }

    private void confirmEnd(RelationSummary link, String who) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("access.end.confirm.header"),
                getTranslation("access.end.confirm.text", who), getTranslation("access.end.confirm.yes"),
                yes -> send(() -> answers.end(link.relationId())));
        confirm.setId("end-access-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("access.end.confirm.no"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void send(Supplier<LinkAnswers.Outcome> answer) {
        LinkAnswers.Outcome outcome = answer.get();
        Notification notice = Notification.show(getTranslation(outcome.messageKey()));
        notice.addThemeVariants(outcome.done() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        afterChange.run();
    }
}
