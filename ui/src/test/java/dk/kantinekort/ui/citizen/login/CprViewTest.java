package dk.kantinekort.ui.citizen.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.identity.LinkIdentity;
import dk.kantinekort.ui.security.LoginIdentity;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Indtast CPR-nummer": what the citizen sees next to the field, and what is sent. */
class CprViewTest {

    private static final String SUBJECT = "7b893b75-3228-4707-9295-1c8293a76364";
    /** What the broker asserts for the identity (ny's in the demo MitID). */
    private static final Cpr ASSERTED = Cpr.parse("0102034567");

    private final CurrentCitizen currentCitizen = mock(CurrentCitizen.class);
    private final LoginIdentity loginIdentity = mock(LoginIdentity.class);
    private final PortalCommands commands = mock(PortalCommands.class);

    /** Stands in for Mine Konti, where a linked citizen goes. */
    @Route("")
    public static class Landing extends Div {
    }

    /** Where the UI is before the CPR step sends anyone anywhere. */
    @Route("before")
    public static class Before extends Div {
    }

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(new Routes(Set.of(Landing.class, Before.class), Set.of(), true), UI::new);
        UI.getCurrent().setLocale(Locale.forLanguageTag("da-DK"));
        UI.getCurrent().navigate(Before.class);
        when(currentCitizen.subject()).thenReturn(Optional.of(SUBJECT));
        when(currentCitizen.citizenId()).thenReturn(Optional.empty());
        when(loginIdentity.current()).thenReturn(Optional.of(
                new LoginIdentity.Claims(SUBJECT, "Ny Borger", "ny.borger@example.dk", ASSERTED)));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void anEmptyFieldAsksForTheNumberAndSendsNothing() {
        showView();

        submit("");

        assertThat(field().isInvalid()).isTrue();
        assertThat(field().getErrorMessage()).isEqualTo("Indtast dit CPR-nummer.");
        verify(commands, never()).send(any());
    }

    @Test
    void fewerThanTenDigitsAreExplainedNextToTheField() {
        showView();

        submit("270182-123");

        assertThat(field().isInvalid()).isTrue();
        assertThat(field().getErrorMessage()).isEqualTo("Et CPR-nummer har 10 cifre, fx ddmmååxxxx.");
        verify(commands, never()).send(any());
    }

    @Test
    void aNumberThatDoesNotStartWithADateIsRefused() {
        showView();

        submit("310282-1234");

        assertThat(field().isInvalid()).isTrue();
        assertThat(field().getErrorMessage()).isEqualTo("De første 6 cifre skal være en gyldig dato (ddmmåå).");
        verify(commands, never()).send(any());
    }

    @Test
    void aValidNumberIsSentWithTheBrokersAssertedCprNameAndEmailAndOpensMineKonti() {
        showView();

        submit("010203-4567");

        verify(commands).send(new LinkIdentity(SUBJECT, Cpr.parse("0102034567"), ASSERTED, "Ny Borger",
                "ny.borger@example.dk"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
        assertThat(_get(Landing.class)).isNotNull();
    }

    @Test
    void theAssertedCprSentIsTheBrokersEvenWhenAnotherNumberIsTyped() {
        showView();

        submit("090909-1234");

        verify(commands).send(new LinkIdentity(SUBJECT, Cpr.parse("0909091234"), ASSERTED, "Ny Borger",
                "ny.borger@example.dk"));
    }

    @Test
    void aNumberTheBrokerDoesNotConfirmIsRefusedNextToTheFieldWithoutSayingWhetherItIsKnown() {
        when(commands.send(any())).thenThrow(new RejectedException(RejectionCode.CPR_NOT_CONFIRMED, "not confirmed"));
        showView();

        submit("090909-1234");

        assertThat(field().isInvalid()).isTrue();
        assertThat(field().getErrorMessage())
                .isEqualTo("CPR-nummeret passer ikke med dit MitID. Kontakt support, hvis du mener, det er en fejl.");
        assertThat(field().getValue()).as("the citizen can correct the number").isEqualTo("090909-1234");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("before");
        assertThat(_find(Landing.class)).as("not let in").isEmpty();
    }

    @Test
    void anIdentityTheBrokerAssertsNoCprForSendsNoneAndSeesTheSameRefusal() {
        when(loginIdentity.current()).thenReturn(Optional.of(
                new LoginIdentity.Claims(SUBJECT, "Ny Borger", "ny.borger@example.dk", null)));
        when(commands.send(any())).thenThrow(new RejectedException(RejectionCode.CPR_NOT_CONFIRMED, "not confirmed"));
        showView();

        submit("010203-4567");

        verify(commands).send(new LinkIdentity(SUBJECT, Cpr.parse("0102034567"), null, "Ny Borger",
                "ny.borger@example.dk"));
        assertThat(field().getErrorMessage())
                .isEqualTo("CPR-nummeret passer ikke med dit MitID. Kontakt support, hvis du mener, det er en fejl.");
    }

    @Test
    void aCprNumberLinkedToAnotherMitIdTellsTheCitizenToContactSupport() {
        when(commands.send(any())).thenThrow(
                new RejectedException(RejectionCode.CPR_LINKED_TO_OTHER_IDENTITY, "another identity"));
        showView();

        submit("2701821234");

        assertThat(field().isInvalid()).isTrue();
        assertThat(field().getErrorMessage())
                .isEqualTo("CPR-nummeret er allerede knyttet til et andet MitID. Kontakt support, så hjælper vi dig.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("before");
    }

    @Test
    void aLedgerThatDoesNotAnswerGivesATryAgainTextNotAnError() {
        when(commands.send(any())).thenThrow(new IllegalStateException("The ledger did not answer in time"));
        showView();

        submit("2701821234");

        assertThat(field().isInvalid()).isTrue();
        assertThat(field().getErrorMessage()).isEqualTo("CPR-nummeret kunne ikke gemmes lige nu. Prøv igen om lidt.");
    }

    @Test
    void correctingTheNumberClearsTheMessage() {
        showView();
        submit("123");

        _setValue(field(), "270182-1234");

        assertThat(field().isInvalid()).isFalse();
    }

    @Test
    void theFieldSaysAsTheGuideDoesThatTheNumberIsTypedWithoutAHyphenAndTheButtonSaysNaeste() {
        showView();

        assertThat(field().getLabel()).isEqualTo("CPR-nummer");
        assertThat(field().getHelperText()).isEqualTo("10 cifre, tastes uden bindestreg, fx ddmmååxxxx")
                .doesNotContain("-x");
        assertThat(field().isRequiredIndicatorVisible()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("cpr-submit")).getText()).isEqualTo("Næste");
    }

    @Test
    void aNumberTypedWithAHyphenIsStillAcceptedSilently() {
        showView();

        submit("010203-4567");

        assertThat(field().isInvalid()).isFalse();
        verify(commands).send(new LinkIdentity(SUBJECT, Cpr.parse("0102034567"), ASSERTED, "Ny Borger",
                "ny.borger@example.dk"));
    }

    private void showView() {
        UI.getCurrent().add(new CprView(new Branding("GladsaxeKortet"), currentCitizen, loginIdentity, commands));
    }

    private void submit(String typed) {
        _setValue(field(), typed);
        _click(_get(Button.class, spec -> spec.withId("cpr-submit")));
    }

    private static TextField field() {
        return _get(TextField.class, spec -> spec.withId("cpr"));
    }
}
