package dk.kantinekort.ui.staff.place;

import dk.kantinekort.ui.testing.BackofficeUiTest;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.till.IssueTillCredential;
import dk.kantinekort.api.till.ListPlaces;
import dk.kantinekort.api.till.PlaceView;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.api.till.RenamePlace;
import dk.kantinekort.api.till.RevokeTillCredential;
import dk.kantinekort.api.till.TillToken;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlacesViewTest extends BackofficeUiTest {

    static final PlaceView SKOLE = new PlaceView("place-skole", "Gladsaxe Skole", UnitKind.SCHOOL, List.of(
            new PlaceView.Till("kasse-1", PlaceView.State.ACTIVE, Instant.parse("2026-03-01T08:00:00Z"), null),
            new PlaceView.Till("kasse-0", PlaceView.State.REVOKED, Instant.parse("2026-01-01T08:00:00Z"),
                    Instant.parse("2026-02-01T08:00:00Z"))));

    @BeforeEach
    void oneSchoolWithTwoTills() {
        queries.answer(ListPlaces.class, q -> List.of(SKOLE));
        commands.answer(RegisterPlace.class, c -> null);
        commands.answer(RenamePlace.class, c -> null);
        commands.answer(IssueTillCredential.class, c -> null);
        commands.answer(RevokeTillCredential.class, c -> null);
    }

    @Test
    void placesAreListedWithTheirUnitAndTillsWithTheirState() {
        open("backoffice/steder");

        assertThat(rowText("place-place-skole")).contains("Gladsaxe Skole", "Skoler", "1");
        assertThat(rowText("till-kasse-1")).contains("Gladsaxe Skole", "kasse-1", "Aktiv", "01-03-2026 09:00");
        assertThat(rowText("till-kasse-0")).contains("Tilbagekaldt");
        assertThat(_find(Button.class, spec -> spec.withId("till-revoke-kasse-0"))).isEmpty();
    }

    @Test
    void aPlaceIsCreatedWithNameAndUnitInTheStaffMembersName() {
        open("backoffice/steder");
        _click(_get(Button.class, spec -> spec.withId("places-register")));
        assertThat(commands.sent()).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("places-new-name")), " Gladsaxe Bibliotek ");
        @SuppressWarnings("unchecked")
        Select<UnitKind> unit = _get(Select.class, spec -> spec.withId("places-new-unit"));
        _setValue(unit, UnitKind.LIBRARY);
        _click(_get(Button.class, spec -> spec.withId("places-register")));

        RegisterPlace sent = commands.sent(RegisterPlace.class).get(0);
        assertThat(sent.name()).isEqualTo("Gladsaxe Bibliotek");
        assertThat(sent.unitKind()).isEqualTo(UnitKind.LIBRARY);
        assertThat(commands.metaData().get(0).get(Metadata.ACTOR)).isEqualTo("admin:admin");
        assertThat(commands.metaData().get(0).get(Metadata.CHANNEL)).isEqualTo(Metadata.Channel.ADMIN_API.name());
        assertThat(paragraph("places-message")).isEqualTo("Stedet er oprettet.");
    }

    @Test
    void aPlaceIsRenamed() {
        open("backoffice/steder");
        _click(_get(Button.class, spec -> spec.withId("place-rename-place-skole")));

        _setValue(_get(TextField.class, spec -> spec.withId("place-rename-name")), "Gladsaxe Skole, kantinen");
        _click(_get(Button.class, spec -> spec.withId("place-rename-save")));

        assertThat(commands.sent()).containsExactly(new RenamePlace("place-skole", "Gladsaxe Skole, kantinen"));
    }

    @Test
    void aNewTillsCredentialIsShownOnceAndOnlyItsHashIsSent() {
        open("backoffice/steder");

        _click(_get(Button.class, spec -> spec.withId("place-issue-place-skole")));

        String token = _get(TextField.class, spec -> spec.withId("till-token-value")).getValue();
        String tillId = _get(TextField.class, spec -> spec.withId("till-token-till")).getValue();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(paragraph("till-token-once")).startsWith("Nøglen vises kun nu");
        assertThat(commands.sent()).containsExactly(new IssueTillCredential("place-skole", tillId,
                TillToken.hash(token)));

        _click(_get(Button.class, spec -> spec.withId("till-token-close")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain(token);
    }

    @Test
    void revokingATillIsConfirmedFirst() {
        open("backoffice/steder");
        _click(_get(Button.class, spec -> spec.withId("till-revoke-kasse-1")));
        assertThat(commands.sent()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("till-revoke-confirm")));

        assertThat(commands.sent()).containsExactly(new RevokeTillCredential("place-skole", "kasse-1"));
        assertThat(paragraph("places-message")).isEqualTo("Kassens nøgle er tilbagekaldt.");
    }
}
