package dk.kantinekort.ui.testing;

import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.ReadModelNotice;
import dk.kantinekort.ui.testing.FakeCommandGateway;
import dk.kantinekort.ui.testing.FakeQueryGateway;
import dk.kantinekort.ui.testing.FakeStaff;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import dk.kantinekort.ui.staff.lookup.StaffLookups;

/** The back office as its views get it, with the ledger, the read side and the login replaced by fakes. */
@Configuration
@Import({StaffCommands.class, StaffQueries.class, ReadModelNotice.class, StaffLookups.class})
@ComponentScan(basePackages = "dk.kantinekort.ui.staff.audit", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "dk\\.kantinekort\\.ui\\.staff\\.audit\\.AuditQueries"))
public class BackofficeTestContext {

    public static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    @Bean
    FakeQueryGateway queryGateway() {
        return new FakeQueryGateway();
    }

    @Bean
    FakeCommandGateway commandGateway() {
        return new FakeCommandGateway();
    }

    @Bean
    FakeStaff currentStaff() {
        return new FakeStaff();
    }

    @Bean
    MunicipalitySettings municipalitySettings() {
        return new MunicipalitySettings("Gladsaxe Kommune", "Rådhus Alle 7, 2860 Søborg",
                new MunicipalitySettings.Support("7199 5445", "cpossupport@mss.dk",
                        "mandag til torsdag kl. 08:00-16:00, fredag 08:00-15:00", null, null), null, null, null);
    }

    @Bean
    Branding branding() {
        return new Branding("GladsaxeKortet");
    }

    /** Every part of the scheme on; a test class switches some off with a bean of the same name. */
    @Bean
    dk.kantinekort.api.scheme.SchemeParts schemeParts() {
        return dk.kantinekort.api.scheme.SchemeParts.allOn();
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
