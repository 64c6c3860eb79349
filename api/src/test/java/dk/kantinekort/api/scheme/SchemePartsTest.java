package dk.kantinekort.api.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemePartsTest {

    @Test
    void everyPartIsOnUnlessItsSettingSaysFalse() {
        SchemeParts parts = SchemeParts.from(Map.of("canteen.municipality.transfers-enabled", "false",
                "canteen.municipality.notices-enabled", "true")::get);

        assertThat(parts.isOn(SchemePart.TRANSFERS)).isFalse();
        assertThat(parts.isOn(SchemePart.NOTICES)).isTrue();
        assertThat(parts.isOn(SchemePart.OFFLINE_SALES)).isTrue();
    }

    @Test
    void aSettingThatIsNeitherTrueNorFalseIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> SchemeParts.from(Map.of("canteen.municipality.disputes-enabled", "nej")::get))
                .hasMessageContaining("canteen.municipality.disputes-enabled");
    }

    @Test
    void aHelpTopicFollowsTheSwitchOfThePartItNames() {
        SchemeParts parts = SchemeParts.allBut(SchemePart.SPENDING_RULES);

        assertThat(parts.holds("spending-rules-enabled")).isFalse();
        assertThat(parts.holds("spending-rules-disabled")).isTrue();
        assertThat(parts.holds("transfers-enabled")).isTrue();
        assertThat(parts.holds("payout-enabled")).isNull();
    }
}
