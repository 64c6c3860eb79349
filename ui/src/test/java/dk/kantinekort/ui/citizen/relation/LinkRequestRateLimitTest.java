package dk.kantinekort.ui.citizen.relation;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN_CARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.relation.LinkRequestOutcome;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RequestAccountLink;
import dk.kantinekort.ui.ratelimit.PortalRateLimits;
import dk.kantinekort.ui.testing.PortalUiTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 15, 3: link requests (CPR + card number) are limited per source address, before the ledger sees them; the
 * ledger's own throttle of wrong card numbers stays (AddAccountViewTest.tooManyWrongCardNumbersAreExplained).
 */
@ContextConfiguration(classes = LinkRequestRateLimitTest.TwoAnHour.class)
class LinkRequestRateLimitTest extends PortalUiTest {

    @Configuration(proxyBeanMethods = false)
    static class TwoAnHour {

        /** Replaces the test context's generous limit (same bean name). */
        @Bean
        PortalRateLimits portalRateLimits() {
            return new PortalRateLimits(new PortalRateLimits.Limit(null, null),
                    new PortalRateLimits.Limit(2, Duration.ofHours(1)));
        }
    }

    @Test
    void aThirdLinkRequestFromTheSameAddressWithinTheHourIsRefusedWithWhenToTryAgainAndNotSent() {
        citizen.logIn(CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD));
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
        commands.answer(RequestAccountLink.class, c -> new LinkRequestOutcome(c.relationId(), RelationStatus.PENDING));
        open("tilfoej-konto");

        for (int i = 0; i < 2; i++) {
            _setValue(_get(TextField.class, spec -> spec.withId("cpr")), "0909091234");
            _click(_get(Button.class, spec -> spec.withId("next")));
        }
        assertThat(commands.sent()).hasSize(2);

        _setValue(_get(TextField.class, spec -> spec.withId("cpr")), "0909091234");
        _click(_get(Button.class, spec -> spec.withId("next")));

        assertThat(commands.sent()).hasSize(2);
        assertThat(_get(Div.class, spec -> spec.withId("link-problem")).getElement().getTextRecursively())
                .matches("Der er sendt for mange anmodninger om tilknytning fra din forbindelse\\. Prøv igen om "
                        + "[1-6]?[0-9] minutter\\.");
    }
}
