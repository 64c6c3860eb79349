package dk.kantinekort.ui.citizen.relation;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN_CARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.ui.testing.PortalUiTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AddAccountViewTest extends PortalUiTest {

    @BeforeEach
    void christianIsLoggedIn() {
        citizen.logIn(CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD));
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
    }

    @Test
    void thePageExplainsWhatToEnterInTheGuidesWords() {
        open("tilfoej-konto");

        assertThat(field("cpr").getLabel()).isEqualTo("CPR-nummer");
        assertThat(field("card-number").getLabel()).isEqualTo("Kortnummer");
        assertThat(field("card-number").getHelperText())
                .isEqualTo("Kortnummeret findes på bagsiden af kantinekortet. Er personen under 18 år, og er kortet ikke "
                        + "spærret, bliver kontoen tilknyttet med det samme. Ellers skal personen selv godkende tilknytningen.");
        assertThat(_get(Button.class, spec -> spec.withId("next")).getText()).isEqualTo("Næste");
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText(
                "Indtast CPR nummer og eventuelt kortnummer på den bruger du ønsker at oprette en konto/tilknytning"
                        + " til, klik derefter på \"NÆSTE\" for at fortsætte oprettelsen."));
    }

    @Test
    void aMissingCprNumberIsToldNextToTheFieldAndNothingIsSent() {
        open("tilfoej-konto");

        next();

        assertThat(field("cpr").isInvalid()).isTrue();
        assertThat(field("cpr").getErrorMessage()).isEqualTo("Indtast CPR-nummeret.");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aCprNumberOfTheWrongShapeIsToldNextToTheField() {
        open("tilfoej-konto");
        _setValue(field("cpr"), "27018212");

        next();

        assertThat(field("cpr").getErrorMessage()).isEqualTo("Et CPR-nummer har 10 cifre, fx skrevet ddmmåå-xxxx.");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aCprNumberThatIsNoDateIsToldNextToTheField() {
        open("tilfoej-konto");
        _setValue(field("cpr"), "3213821234");

        next();

        assertThat(field("cpr").getErrorMessage())
                .isEqualTo("De første seks cifre skal være en gyldig dato (ddmmåå).");
    }

    @Test
    void aCardNumberThatCannotBeOneIsToldNextToItsField() {
        open("tilfoej-konto");
        _setValue(field("cpr"), "0909091234");
        _setValue(field("card-number"), "12-34");

        next();

        assertThat(field("cpr").isInvalid()).isFalse();
        assertThat(field("card-number").getErrorMessage())
                .isEqualTo("Et kortnummer har 6 til 20 tal og bogstaver.");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void theCardNumberIsSentUpperCasedWithoutSpacesInTheLoggedInCitizensName() {
        commands.answer(RequestAccountLink.class, c -> new LinkRequestOutcome(c.relationId(), RelationStatus.PENDING));
        open("tilfoej-konto");
        _setValue(field("cpr"), "090909-1234");
        _setValue(field("card-number"), "04579a 2235 2680");

        next();

        RequestAccountLink sent = commands.sent(RequestAccountLink.class).get(0);
        assertThat(sent.requesterId()).isEqualTo(CHRISTIAN);
        assertThat(sent.cpr()).isEqualTo(Cpr.parse("0909091234"));
        assertThat(sent.cardNumber()).isEqualTo("04579A22352680");
        assertThat(sent.relationId()).isNotBlank();
    }

    @Test
    void aPendingRequestGetsTheSameNeutralTextWhetherOrNotACardNumberWasGiven() {
        commands.answer(RequestAccountLink.class, c -> new LinkRequestOutcome(c.relationId(), RelationStatus.PENDING));
        open("tilfoej-konto");
        _setValue(field("cpr"), "0909091234");
        next();
        String withoutCard = outcome("link-outcome");

        _setValue(field("cpr"), "0101011234");
        _setValue(field("card-number"), "WRONG123");
        next();

        assertThat(withoutCard).startsWith("Afventer godkendelse.").doesNotContain("findes", "ukendt", "eksisterer");
        assertThat(outcome("link-outcome")).isEqualTo(withoutCard);
        assertThat(field("cpr").getValue()).as("ready for the next request").isEmpty();
        assertThat(outcome("link-problem")).isEmpty();
    }

    @Test
    void theRightPairLinksAtOnceAndLeadsBackToMineKonti() {
        commands.answer(RequestAccountLink.class, c -> new LinkRequestOutcome(c.relationId(), RelationStatus.ACTIVE));
        open("tilfoej-konto");
        _setValue(field("cpr"), "0909091234");
        _setValue(field("card-number"), "04579A22352680");

        next();

        assertThat(NavigatorKt.getCurrentPath()).isEmpty();
        expectNotifications("Kontoen er tilknyttet. Du kan nu se den under Mine Konti.");
    }

    @Test
    void tooManyWrongCardNumbersAreExplained() {
        commands.answer(RequestAccountLink.class, c -> {
            throw new RejectedException(RejectionCode.TOO_MANY_ATTEMPTS, "throttled");
        });
        open("tilfoej-konto");
        _setValue(field("cpr"), "0909091234");
        _setValue(field("card-number"), "WRONG123");

        next();

        assertThat(outcome("link-problem")).isEqualTo(
                "Der er forsøgt for mange gange med et forkert kortnummer. Vent lidt, og prøv igen senere.");
        assertThat(_get(Div.class, spec -> spec.withId("link-problem")).getElement().getAttribute("role"))
                .isEqualTo("alert");
    }

    @Test
    void one_sOwnCprNumberIsRefusedNextToTheField() {
        commands.answer(RequestAccountLink.class, c -> {
            throw new RejectedException(RejectionCode.INVALID_REQUEST, "own CPR");
        });
        open("tilfoej-konto");
        _setValue(field("cpr"), "2701821234");

        next();

        assertThat(field("cpr").isInvalid()).isTrue();
        assertThat(field("cpr").getErrorMessage())
                .isEqualTo("Anmodningen kan ikke oprettes. Du kan ikke tilknytte dit eget CPR-nummer.");
    }

    @Test
    void aLedgerThatDoesNotAnswerGetsATryAgainText() {
        open("tilfoej-konto"); // no handler for RequestAccountLink
        _setValue(field("cpr"), "0909091234");

        next();

        assertThat(outcome("link-problem")).isEqualTo("Det lykkedes ikke lige nu. Prøv igen om lidt.");
        assertThat(_get(Button.class, spec -> spec.withId("next")).isEnabled()).isTrue();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void next() {
        _click(_get(Button.class, spec -> spec.withId("next")));
    }

    private static String outcome(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
