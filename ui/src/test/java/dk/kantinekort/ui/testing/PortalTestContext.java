package dk.kantinekort.ui.testing;

import dk.kantinekort.ui.ratelimit.PortalRateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The portal's helpers as the views get them, with the ledger and the login replaced by fakes. Named one by
 * one: a new component elsewhere in the ui module must not change what these tests run against.
 */
@Configuration
@ComponentScan(basePackages = "dk.kantinekort.ui", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
                "dk\\.kantinekort\\.ui\\.citizen\\.session\\.(AccountSelection|PortalCommands)",
                "dk\\.kantinekort\\.ui\\.shell\\.(Branding|DanishByDefault|ReadModelNotice)",
                "dk\\.kantinekort\\.ui\\.citizen\\.layout\\.(PortalMenu|PersonName)",
                "dk\\.kantinekort\\.ui\\.citizen\\.relation\\.(Relations|LinkAnswers)",
                "dk\\.kantinekort\\.ui\\.citizen\\.transfer\\.Transfers",
                "dk\\.kantinekort\\.ui\\.citizen\\.dispute\\.Disputes",
                "dk\\.kantinekort\\.ui\\.citizen\\.spending\\.BalanceHistory"}))
public class PortalTestContext {

    /** Every part of the scheme on, as a municipality that switched nothing off. */
    @Bean
    dk.kantinekort.api.scheme.SchemeParts schemeParts() {
        return dk.kantinekort.api.scheme.SchemeParts.allOn();
    }

    @Bean
    FakeQueryGateway queryGateway() {
        return new FakeQueryGateway();
    }

    @Bean
    FakeCommandGateway commandGateway() {
        return new FakeCommandGateway();
    }

    /** Link requests limited far above what any test sends (LinkRequestRateLimitTest sets a low one). */
    @Bean
    PortalRateLimits portalRateLimits() {
        return new PortalRateLimits(new PortalRateLimits.Limit(null, null),
                new PortalRateLimits.Limit(100_000, java.time.Duration.ofMinutes(10)));
    }

    @Bean
    FakeCitizen currentCitizen() {
        return new FakeCitizen();
    }
}
