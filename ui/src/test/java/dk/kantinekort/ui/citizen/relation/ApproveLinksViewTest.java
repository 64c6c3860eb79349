package dk.kantinekort.ui.citizen.relation;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dk.kantinekort.ui.testing.TestData.ANNA;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN_CARD;
import static dk.kantinekort.ui.testing.TestData.relation;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.relation.ApproveAccountLink;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.relation.RejectAccountLink;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RelationSummary;
import dk.kantinekort.api.relation.WithdrawAccountLink;
import dk.kantinekort.ui.testing.PortalUiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApproveLinksViewTest extends PortalUiTest {

    private final List<RelationSummary> relations = new ArrayList<>();

    @BeforeEach
    void annaAskedForAccessToChristiansAccountsAndChristianAskedForSomeoneElses() {
        citizen.logIn(CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD));
        relations.add(relation("from-anna", ANNA, "Anna Jensen", CHRISTIAN, null, "270182-", RelationStatus.PENDING));
        relations.add(relation("to-someone", CHRISTIAN, "Christian Harms", null, null, "010203-",
                RelationStatus.PENDING));
        queries.answer(FindRelationsOfCitizen.class, q -> List.copyOf(relations));
    }

    @Test
    void requestsWaitingForMeShowWhoAskedAndWhen() {
        open("godkend-tilknytninger");

        Grid<RelationSummary> incoming = grid("incoming-requests");
        assertThat(incoming.getAriaLabel()).as("named after its heading, for screen readers")
                .hasValue("Anmodninger om adgang til dine konti");
        assertThat(_size(incoming)).isEqualTo(1);
        assertThat(_getFormattedRow(incoming, 0).subList(0, 2)).containsExactly("Anna Jensen", "05-03-2026");
        Grid<RelationSummary> outgoing = grid("outgoing-requests");
        assertThat(_size(outgoing)).isEqualTo(1);
        assertThat(_getFormattedRow(outgoing, 0).subList(0, 3))
                .containsExactly("010203-", "05-03-2026", "Afventer godkendelse");
    }

    @Test
    void approvingSendsTheAnswerInMyNameAndTheRequestLeavesTheList() {
        commands.answer(ApproveAccountLink.class, c -> {
            relations.removeIf(r -> r.relationId().equals(c.relationId()));
            return null;
        });
        open("godkend-tilknytninger");

        _click(button(_getCellComponent(grid("incoming-requests"), 0, "actions"), "Godkend"));

        assertThat(commands.sent()).containsExactly(new ApproveAccountLink("from-anna", CHRISTIAN));
        expectNotifications("Tilknytningen er godkendt.");
        assertThat(_size(grid("incoming-requests"))).isZero();
    }

    @Test
    void rejectingSendsTheRejection() {
        commands.answer(RejectAccountLink.class, c -> null);
        open("godkend-tilknytninger");

        _click(button(_getCellComponent(grid("incoming-requests"), 0, "actions"), "Afvis"));

        assertThat(commands.sent()).containsExactly(new RejectAccountLink("from-anna", CHRISTIAN));
        expectNotifications("Anmodningen er afvist.");
    }

    @Test
    void aRequestAnsweredMeanwhileIsExplainedInDanish() {
        commands.answer(ApproveAccountLink.class, c -> {
            throw new RejectedException(RejectionCode.LINK_NOT_PENDING, "already answered");
        });
        open("godkend-tilknytninger");

        _click(button(_getCellComponent(grid("incoming-requests"), 0, "actions"), "Godkend"));

        expectNotifications("Anmodningen venter ikke længere på svar: den er allerede godkendt, afvist eller slettet.");
    }

    @Test
    void aRefusedAnswerIsExplainedInDanish() {
        commands.answer(RejectAccountLink.class, c -> {
            throw new RejectedException(RejectionCode.ACCESS_DENIED, "not the owner");
        });
        open("godkend-tilknytninger");

        _click(button(_getCellComponent(grid("incoming-requests"), 0, "actions"), "Afvis"));

        expectNotifications("Du har ikke adgang til at ændre denne tilknytning.");
    }

    @Test
    void myOwnWaitingRequestCanBeDeleted() {
        commands.answer(WithdrawAccountLink.class, c -> {
            relations.removeIf(r -> r.relationId().equals(c.relationId()));
            return null;
        });
        open("godkend-tilknytninger");

        _click(button(_getCellComponent(grid("outgoing-requests"), 0, "actions"), "Slet"));

        assertThat(commands.sent()).containsExactly(new WithdrawAccountLink("to-someone", CHRISTIAN));
        assertThat(_size(grid("outgoing-requests"))).isZero();
    }

    @Test
    void eachButtonSaysWhichRequestItAnswers() {
        open("godkend-tilknytninger");

        Button approve = button(_getCellComponent(grid("incoming-requests"), 0, "actions"), "Godkend");
        assertThat(approve.getAriaLabel()).hasValue("Godkend anmodningen fra Anna Jensen");
    }

    @SuppressWarnings("unchecked")
    private static Grid<RelationSummary> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static Button button(Component within, String text) {
        return _get(within, Button.class, spec -> spec.withText(text));
    }
}
