package dk.kantinekort.ui.staff.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import org.junit.jupiter.api.Test;

/** A back-office page of a part of the scheme is in the menu only where the municipality has the part on. */
class StaffMenuFollowsTheSwitchTest {

    @Test
    void skoleaarIsInTheMenuOnlyWhileTheSchoolYearIsOn() {
        assertThat(StaffMenuItem.SCHOOL_YEAR.isOn(SchemeParts.allOn())).isTrue();
        assertThat(StaffMenuItem.SCHOOL_YEAR.isOn(SchemeParts.allBut(SchemePart.SCHOOL_YEAR))).isFalse();
        assertThat(StaffMenuItem.PAYOUTS.isOn(SchemeParts.only())).as("pages of no part stay").isTrue();
    }

    @Test
    void indsigelserIsInTheMenuOnlyWhileTheMunicipalityTakesDisputes() {
        assertThat(StaffMenuItem.DISPUTES.isOn(SchemeParts.allOn())).isTrue();
        assertThat(StaffMenuItem.DISPUTES.isOn(SchemeParts.allBut(SchemePart.DISPUTES))).isFalse();
    }
}
