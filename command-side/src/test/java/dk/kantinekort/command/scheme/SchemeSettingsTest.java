package dk.kantinekort.command.scheme;

import static dk.kantinekort.api.scheme.SchemeId.MUNICIPALITY;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.AutoTopUpThresholdChanged;
import dk.kantinekort.api.scheme.ChangeAutoTopUpThreshold;
import dk.kantinekort.api.scheme.ChangeFeeSchedule;
import dk.kantinekort.api.scheme.ChangeSupportContact;
import dk.kantinekort.api.scheme.FeeScheduleChanged;
import dk.kantinekort.api.scheme.SupportContactChanged;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemeSettingsTest {

    AggregateTestFixture<SchemeSettings> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SchemeSettings.class);
    }

    @Test
    void theFirstChangeCreatesTheSettingsAndRecordsTheFee() {
        fixture.givenNoPriorActivity()
                .when(new ChangeFeeSchedule(MUNICIPALITY, DepositMethod.PAYMENT_CARD, 150, 200))
                .expectEvents(new FeeScheduleChanged(MUNICIPALITY, DepositMethod.PAYMENT_CARD, 150, 200));
    }

    @Test
    void aFeeCanBeChangedAgainAndTheSameFeeAgainChangesNothing() {
        fixture.given(new FeeScheduleChanged(MUNICIPALITY, DepositMethod.MOBILEPAY, 0, 100))
                .when(new ChangeFeeSchedule(MUNICIPALITY, DepositMethod.MOBILEPAY, 0, 100))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(new FeeScheduleChanged(MUNICIPALITY, DepositMethod.MOBILEPAY, 0, 100))
                .when(new ChangeFeeSchedule(MUNICIPALITY, DepositMethod.MOBILEPAY, 50, 100))
                .expectEvents(new FeeScheduleChanged(MUNICIPALITY, DepositMethod.MOBILEPAY, 50, 100));
    }

    @Test
    void aNegativeFeeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ChangeFeeSchedule(MUNICIPALITY, DepositMethod.PAYMENT_CARD, -1, 125))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void basisPointsAreZeroToTenThousand() {
        fixture.givenNoPriorActivity()
                .when(new ChangeFeeSchedule(MUNICIPALITY, DepositMethod.PAYMENT_CARD, 100, 10_001))
                .expectException(RejectedException.class);
        fixture.givenNoPriorActivity()
                .when(new ChangeFeeSchedule(MUNICIPALITY, DepositMethod.PAYMENT_CARD, 100, -1))
                .expectException(RejectedException.class);
        fixture.givenNoPriorActivity()
                .when(new ChangeFeeSchedule(MUNICIPALITY, DepositMethod.PAYMENT_CARD, 0, 10_000))
                .expectEvents(new FeeScheduleChanged(MUNICIPALITY, DepositMethod.PAYMENT_CARD, 0, 10_000));
    }

    @Test
    void onlyProviderPaymentsHaveAFee() {
        fixture.givenNoPriorActivity()
                .when(new ChangeFeeSchedule(MUNICIPALITY, DepositMethod.CASH, 100, 0))
                .expectException(RejectedException.class);
    }

    @Test
    void theThresholdIsZeroToFiveThousandKroner() {
        fixture.givenNoPriorActivity()
                .when(new ChangeAutoTopUpThreshold(MUNICIPALITY, Money.ofKroner(5_000)))
                .expectEvents(new AutoTopUpThresholdChanged(MUNICIPALITY, Money.ofKroner(5_000)));
        fixture.givenNoPriorActivity()
                .when(new ChangeAutoTopUpThreshold(MUNICIPALITY, Money.ofOre(500_001)))
                .expectException(RejectedException.class);
        fixture.givenNoPriorActivity()
                .when(new ChangeAutoTopUpThreshold(MUNICIPALITY, Money.ofOre(-1)))
                .expectException(RejectedException.class);
        fixture.givenNoPriorActivity()
                .when(new ChangeAutoTopUpThreshold(MUNICIPALITY, Money.ZERO))
                .expectEvents(new AutoTopUpThresholdChanged(MUNICIPALITY, Money.ZERO));
    }

    @Test
    void theSupportContactIsRecordedTrimmed() {
        fixture.givenNoPriorActivity()
                .when(new ChangeSupportContact(MUNICIPALITY, " 7199 5445 ", "cpossupport@mss.dk ",
                        "mandag til torsdag kl. 08:00-16:00"))
                .expectEvents(new SupportContactChanged(MUNICIPALITY, "7199 5445", "cpossupport@mss.dk",
                        "mandag til torsdag kl. 08:00-16:00"));
    }

    @Test
    void supportNeedsAPhoneOrAValidEmail() {
        fixture.givenNoPriorActivity()
                .when(new ChangeSupportContact(MUNICIPALITY, "", "", "hverdage"))
                .expectException(RejectedException.class);
        fixture.givenNoPriorActivity()
                .when(new ChangeSupportContact(MUNICIPALITY, "7199 5445", "not an address", ""))
                .expectException(RejectedException.class);
        fixture.givenNoPriorActivity()
                .when(new ChangeSupportContact(MUNICIPALITY, "ring os", "", ""))
                .expectException(RejectedException.class);
    }
}
