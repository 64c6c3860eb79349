package dk.kantinekort.command.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store's timestamps read by the quick parser give exactly what Axon's parser gives, whatever the text. */
class StoredInstantTest {

    @Test
    void everyInstantAsTheStoreWritesItReadsBackTheSame() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            // 1970 to 2100, at every precision from whole seconds to nanoseconds
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            int unit = (int) Math.pow(10, random.nextInt(10));
            Instant truncated = Instant.ofEpochSecond(instant.getEpochSecond(), instant.getNano() / unit * unit);
            for (Instant candidate : new Instant[] {instant, truncated,
                    Instant.ofEpochSecond(instant.getEpochSecond()),
                    Instant.ofEpochSecond(instant.getEpochSecond(), instant.getNano() / 1_000_000 * 1_000_000)}) {
                // Axon writes milliseconds; stores grown in bulk hold whatever Instant.toString gave
                String axons = DateTimeUtils.formatInstant(candidate);
                assertThat(StoredInstant.parse(axons)).as(axons).isEqualTo(DateTimeUtils.parseInstant(axons));
                assertThat(StoredInstant.parse(candidate.toString())).as(candidate.toString()).isEqualTo(candidate)
                        .isEqualTo(DateTimeUtils.parseInstant(candidate.toString()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-07T23:13:16Z", "2026-12-07T23:13:16.1Z", "2026-12-07T23:13:16.103300Z",
            "2026-12-07T23:13:16.123456789Z", "2024-02-29T00:00:00Z", "2026-12-07t23:13:16Z",
            "2026-12-07T23:13:16+01:00", "2026-12-07T23:13:16.5-03:30", "+12026-12-07T23:13:16Z",
            "0000-01-01T00:00:00Z", "2026-12-07T23:13:16.Z"})
    void aTextOfAnyOtherFormReadsAsAxonReadsIt(String text) {
        assertThat(StoredInstant.parse(text)).isEqualTo(DateTimeUtils.parseInstant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-07T24:00:00Z",
            "2026-12-07T23:60:00Z", "2026-12-31T23:59:60Z", "2026-12-07T23:13:16.1234567890Z",
            "2026-12-07 23:13:16Z", "2026-12-07T23:13:1xZ", "2026-12-07T23:13:16", "2026-12-07", ""})
    void aTextThatIsNoInstantFailsAsAxonFails(String text) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoredInstant.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
