package dk.kantinekort.command.notice.account;

import static dk.kantinekort.command.TestSeals.sealed;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.notice.ChooseNotices;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.api.notice.NoticesChosen;
import dk.kantinekort.api.notice.NoticesStopped;
import dk.kantinekort.api.notice.StopNotices;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.TestSeals;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountNoticesTest {

    static final String ACCOUNT = "account-1";
    static final String PARENT = "parent-1";
    static final Map<String, String> AS_PARENT = Metadata.of(Metadata.citizen(PARENT), Metadata.Channel.PORTAL, "c");
    static final Set<NoticeKind> PURCHASES = EnumSet.of(NoticeKind.PURCHASE);
    static final Money FIFTY = Money.ofKroner(50);

    AggregateTestFixture<AccountNotices> fixture;
    SchemeParts parts = SchemeParts.allOn();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccountNotices.class);
        fixture.registerInjectableResource(TestSeals.vault());
        fixture.registerInjectableResource(parts);
    }


    static NoticesChosen chosen(Set<NoticeKind> kinds, Money below, NoticeDelivery delivery, String email) {
        return new NoticesChosen(ACCOUNT, PARENT, EnumSet.copyOf(kinds), below, delivery, sealed(email));
    }

    @Test
    void theFirstChoiceRecordsTheActingCitizensNoticesWithTheAddressSealed() {
        fixture.givenNoPriorActivity()
                .when(new ChooseNotices(ACCOUNT, PURCHASES, null, NoticeDelivery.INSTANT, " mor@example.dk "),
                        AS_PARENT)
                .expectEvents(chosen(PURCHASES, null, NoticeDelivery.INSTANT, "mor@example.dk"));
    }

    @Test
    void aLowBalanceNoticeKeepsTheChosenAmount() {
        fixture.givenNoPriorActivity()
                .when(new ChooseNotices(ACCOUNT, EnumSet.of(NoticeKind.LOW_BALANCE), FIFTY,
                        NoticeDelivery.INSTANT, "mor@example.dk"), AS_PARENT)
                .expectEvents(chosen(EnumSet.of(NoticeKind.LOW_BALANCE), FIFTY, NoticeDelivery.INSTANT,
                        "mor@example.dk"));
    }

    @Test
    void anAmountWithoutALowBalanceNoticeIsNotKept() {
        fixture.givenNoPriorActivity()
                .when(new ChooseNotices(ACCOUNT, PURCHASES, FIFTY, NoticeDelivery.DAILY_DIGEST, "mor@example.dk"),
                        AS_PARENT)
                .expectEvents(chosen(PURCHASES, null, NoticeDelivery.DAILY_DIGEST, "mor@example.dk"));
    }

    @Test
    void aLowBalanceIsOneKroneToFiveThousandKroner() {
        for (Money wrong : new Money[]{null, Money.ofOre(99), Money.ofOre(500_001), Money.ofOre(-100)}) {
            fixture.givenNoPriorActivity()
                    .when(new ChooseNotices(ACCOUNT, EnumSet.of(NoticeKind.LOW_BALANCE), wrong,
                            NoticeDelivery.INSTANT, "mor@example.dk"), AS_PARENT)
                    .expectException(RejectedException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void aChoiceNeedsAKindADeliveryAndAValidAddress() {
        fixture.givenNoPriorActivity()
                .when(new ChooseNotices(ACCOUNT, Set.of(), null, NoticeDelivery.INSTANT, "mor@example.dk"), AS_PARENT)
                .expectException(RejectedException.class);
        fixture.givenNoPriorActivity()
                .when(new ChooseNotices(ACCOUNT, PURCHASES, null, null, "mor@example.dk"), AS_PARENT)
                .expectException(RejectedException.class);
        fixture.givenNoPriorActivity()
                .when(new ChooseNotices(ACCOUNT, PURCHASES, null, NoticeDelivery.INSTANT, "mor@"), AS_PARENT)
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void theSameChoiceAgainChangesNothingAndAnotherReplacesIt() {
        fixture.given(chosen(PURCHASES, null, NoticeDelivery.INSTANT, "mor@example.dk"))
                .when(new ChooseNotices(ACCOUNT, PURCHASES, null, NoticeDelivery.INSTANT, "mor@example.dk"), AS_PARENT)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(chosen(PURCHASES, null, NoticeDelivery.INSTANT, "mor@example.dk"))
                .when(new ChooseNotices(ACCOUNT, PURCHASES, null, NoticeDelivery.INSTANT, "far@example.dk"), AS_PARENT)
                .expectEvents(chosen(PURCHASES, null, NoticeDelivery.INSTANT, "far@example.dk"));
    }

    @Test
    void eachCitizenHasAChoiceOfTheirOwnOnTheSameAccount() {
        fixture.given(chosen(PURCHASES, null, NoticeDelivery.INSTANT, "mor@example.dk"))
                .when(new ChooseNotices(ACCOUNT, PURCHASES, null, NoticeDelivery.INSTANT, "mor@example.dk"),
                        Metadata.of(Metadata.citizen("child-1"), Metadata.Channel.PORTAL, "c"))
                .expectEvents(new NoticesChosen(ACCOUNT, "child-1", EnumSet.copyOf(PURCHASES), null,
                        NoticeDelivery.INSTANT, sealed("mor@example.dk")));
    }

    @Test
    void onlyACitizenChoosesNoticesNeverStaffOrTheSystem() {
        fixture.givenNoPriorActivity()
                .when(new ChooseNotices(ACCOUNT, PURCHASES, null, NoticeDelivery.INSTANT, "mor@example.dk"),
                        Metadata.of(Metadata.admin("support"), Metadata.Channel.ADMIN_API, "c"))
                .expectException(RejectedException.class)
                .expectNoEvents();
    }

    @Test
    void stoppingEndsOnlyTheActingCitizensNoticesAndStoppingNoneChangesNothing() {
        fixture.given(chosen(PURCHASES, null, NoticeDelivery.INSTANT, "mor@example.dk"))
                .when(new StopNotices(ACCOUNT), AS_PARENT)
                .expectEvents(new NoticesStopped(ACCOUNT, PARENT));
        fixture.given(chosen(PURCHASES, null, NoticeDelivery.INSTANT, "mor@example.dk"))
                .when(new StopNotices(ACCOUNT), Metadata.of(Metadata.citizen("other"), Metadata.Channel.PORTAL, "c"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void withTheNoticesPartSwitchedOffNothingIsChosen() {
        AggregateTestFixture<AccountNotices> off = new AggregateTestFixture<>(AccountNotices.class);
        off.registerInjectableResource(TestSeals.vault());
        off.registerInjectableResource(SchemeParts.allBut(SchemePart.NOTICES));
        off.givenNoPriorActivity()
                .when(new ChooseNotices(ACCOUNT, PURCHASES, null, NoticeDelivery.INSTANT, "mor@example.dk"), AS_PARENT)
                .expectException(RejectedException.class)
                .expectExceptionMessage("Notifikationer is switched off")
                .expectNoEvents();
        off.given(chosen(PURCHASES, null, NoticeDelivery.INSTANT, "mor@example.dk"))
                .when(new StopNotices(ACCOUNT), AS_PARENT)
                .expectException(RejectedException.class);
    }
}
