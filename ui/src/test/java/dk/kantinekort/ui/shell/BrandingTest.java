package dk.kantinekort.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BrandingTest {

    private final AtomicReference<Optional<String>> staffSet = new AtomicReference<>(Optional.empty());
    private final AtomicInteger asked = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Branding branding = new Branding("GladsaxeKortet", () -> {
        asked.incrementAndGet();
        return staffSet.get();
    }, new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void theConfiguredNameShowsUntilStaffSetAnother() {
        assertThat(branding.name()).isEqualTo("GladsaxeKortet");

        staffSet.set(Optional.of("LyngbyKortet"));
        branding.refresh();

        assertThat(branding.name()).isEqualTo("LyngbyKortet");
    }

    @Test
    void theNameIsAskedAtMostEveryThirtySeconds() {
        branding.name();
        branding.name();
        staffSet.set(Optional.of("LyngbyKortet"));
        assertThat(branding.name()).as("still the name asked a moment ago").isEqualTo("GladsaxeKortet");
        assertThat(asked).hasValue(1);

        now = now.plus(Branding.FRESH).plus(Duration.ofSeconds(1));

        assertThat(branding.name()).isEqualTo("LyngbyKortet");
        assertThat(asked).hasValue(2);
    }
}
