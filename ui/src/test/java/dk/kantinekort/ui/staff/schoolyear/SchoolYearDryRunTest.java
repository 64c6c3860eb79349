package dk.kantinekort.ui.staff.schoolyear;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import dk.kantinekort.api.schoolyear.PlannedRow;
import dk.kantinekort.api.schoolyear.PreviewSchoolYearImport;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.api.schoolyear.SchoolYearPlan;
import dk.kantinekort.ui.testing.BackofficeUiTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Skoleår's dry run names a returning pupil whose closed account the import will open again. */
class SchoolYearDryRunTest extends BackofficeUiTest {

    @Test
    void theDryRunSaysAReturningPupilsClosedAccountIsReopened() {
        queries.answer(PreviewSchoolYearImport.class, q -> new SchoolYearPlan(
                List.of(new PlannedRow(2, RowAction.REOPEN, null, "place-skole", "7.a")), List.of()));
        open("backoffice/skoleaar");

        _get(TextArea.class, spec -> spec.withId("school-year-file"))
                .setValue("cpr;navn;skole;klasse;kortnummer\n0808151234;Elev;Gladsaxe Skole;7.a;A1B2C3D4\n");
        _click(_get(Button.class, spec -> spec.withId("school-year-dry-run")));

        assertThat(paragraph("school-year-summary")).contains("Genåbnes: 1.");
        assertThat(rowText("school-year-row-2")).contains("Elev", "7.a", "Lukket konto genåbnes (eleven er tilbage)");
    }
}
