package dk.kantinekort.command.settlement;

import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.settlement.ImportSettlementReport;
import dk.kantinekort.api.settlement.ResolveSettlementRow;
import dk.kantinekort.api.settlement.SettlementResolution;
import dk.kantinekort.api.settlement.SettlementRowResolved;
import dk.kantinekort.api.settlement.SettlementLine;
import dk.kantinekort.api.settlement.SettlementReportImported;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettlementImportTest {

    static final String HEADER = "PayoutId;PayoutDate;TransactionDate;PaymentId;ChargeId;OrderReference;"
            + "TransactionType;PaymentMethod;Currency;GrossAmount;Fee;NetAmount\r\n";
    static final String REPORT = HEADER
            + "PO-20261104;2026-11-04;2026-11-02;pay1;ch1;deposit-1;Charge;Visa;DKK;203.50;1.53;201.97\r\n"
            + "PO-20261106;2026-11-06;2026-11-04;pay1;ch1;deposit-1;Refund;Visa;DKK;-10.00;0.00;-10.00\r\n";
    static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    private FixtureConfiguration<SettlementImport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SettlementImport.class);
    }

    @Test
    void aReportIsImportedWithEveryLineAsTheProviderWroteIt() {
        ImportSettlementReport command = ImportSettlementReport.of("nets-nov.csv", REPORT, NOV_1, NOV_30);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectResultMessagePayload(2)
                .expectEvents(new SettlementReportImported(command.reportId(), "nets-nov.csv", NOV_1, NOV_30, List.of(
                        new SettlementLine(1, "PO-20261104", LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 2),
                                "pay1", "ch1", "deposit-1", SettlementLine.Type.CHARGE, "Visa", 20_350, 153, 20_197),
                        new SettlementLine(2, "PO-20261106", LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 4),
                                "pay1", "ch1", "deposit-1", SettlementLine.Type.REFUND, "Visa", -1_000, 0,
                                -1_000))));
    }

    @Test
    void theSameReportIsImportedOnce() {
        ImportSettlementReport command = ImportSettlementReport.of("nets-nov.csv", REPORT, NOV_1, NOV_30);
        fixture.given(new SettlementReportImported(command.reportId(), "nets-nov.csv", NOV_1, NOV_30, List.of()))
                .when(ImportSettlementReport.of("igen.csv", REPORT.replace("\r\n", "\n"), null, null))
                .expectExceptionDetails(rejection(RejectionCode.SETTLEMENT_ALREADY_IMPORTED))
                .expectNoEvents();
    }

    @Test
    void withoutAPeriodTheReportCoversTheDaysOfItsLines() {
        ImportSettlementReport command = ImportSettlementReport.of("nets.csv", REPORT, null, null);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.predicate(e ->
                                        e instanceof SettlementReportImported i
                                                && i.from().equals(LocalDate.of(2026, 11, 2))
                                                && i.to().equals(LocalDate.of(2026, 11, 4))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aLineWhoseGrossMinusFeeIsNotItsNetIsRefused() {
        refused(HEADER + "PO-1;2026-11-04;2026-11-02;pay1;ch1;r;Charge;Visa;DKK;203.50;1.53;200.00\r\n",
                NOV_1, NOV_30);
    }

    @Test
    void aReportWithoutTheProvidersColumnsIsRefused() {
        refused("Dato;Beløb\r\n2026-11-02;203,50\r\n", NOV_1, NOV_30);
    }

    @Test
    void aReportWithLinesOutsideThePeriodIsRefused() {
        refused(REPORT, NOV_1, LocalDate.of(2026, 11, 3));
    }

    @Test
    void theSameChargeTwiceIsRefused() {
        refused(HEADER + "PO-1;2026-11-04;2026-11-02;pay1;ch1;r;Charge;Visa;DKK;10.00;0.08;9.92\r\n"
                + "PO-1;2026-11-04;2026-11-02;pay1;ch1;r;Charge;Visa;DKK;10.00;0.08;9.92\r\n", NOV_1, NOV_30);
    }

    @Test
    void aReportWithOnlyAHeaderIsRefused() {
        refused(HEADER, NOV_1, NOV_30);
    }

    @Test
    void commasAndDecimalCommasAreReadToo() {
        String csv = "PaymentId,TransactionDate,TransactionType,GrossAmount,Fee,NetAmount\n"
                + "pay9,2026-11-10,Charge,\"1.203,50\",\"9,03\",\"1.194,47\"\n";
        fixture.givenNoPriorActivity()
                .when(ImportSettlementReport.of("nets.csv", csv, NOV_1, NOV_30))
                .expectResultMessagePayload(1);
    }

    private SettlementReportImported imported() {
        ImportSettlementReport command = ImportSettlementReport.of("nets-nov.csv", REPORT, NOV_1, NOV_30);
        return new SettlementReportImported(command.reportId(), "nets-nov.csv", NOV_1, NOV_30, List.of(
                new SettlementLine(1, "PO-1", NOV_30, LocalDate.of(2026, 11, 2), "pay1", "ch1", "r",
                        SettlementLine.Type.CHARGE, "Visa", 20_350, 153, 20_197)));
    }

    @Test
    void staffSettleALineThatDidNotMatchWithACode() {
        SettlementReportImported imported = imported();
        fixture.given(imported)
                .when(new ResolveSettlementRow(imported.reportId(), "pay1", 1, SettlementResolution.CREDITED_BY_HAND))
                .expectEvents(new SettlementRowResolved(imported.reportId(), "pay1", 1,
                        SettlementResolution.CREDITED_BY_HAND));
    }

    @Test
    void staffSettleALedgerPaymentTheProviderDidNotList() {
        SettlementReportImported imported = imported();
        fixture.given(imported)
                .when(new ResolveSettlementRow(imported.reportId(), "pay7", null,
                        SettlementResolution.PROVIDER_CONTACTED))
                .expectEvents(new SettlementRowResolved(imported.reportId(), "pay7", null,
                        SettlementResolution.PROVIDER_CONTACTED));
    }

    @Test
    void aLineTheReportDoesNotHaveCannotBeSettled() {
        SettlementReportImported imported = imported();
        fixture.given(imported)
                .when(new ResolveSettlementRow(imported.reportId(), "pay1", 9, SettlementResolution.NO_ACTION_NEEDED))
                .expectExceptionDetails(rejection(RejectionCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void aRowIsSettledWithAResolution() {
        SettlementReportImported imported = imported();
        fixture.given(imported)
                .when(new ResolveSettlementRow(imported.reportId(), "pay1", 1, null))
                .expectExceptionDetails(rejection(RejectionCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void aRowSettledBeforeIsNotSettledAgain() {
        SettlementReportImported imported = imported();
        fixture.given(imported, new SettlementRowResolved(imported.reportId(), "pay1", 1,
                        SettlementResolution.OTHER_PERIOD))
                .when(new ResolveSettlementRow(imported.reportId(), "pay1", 1, SettlementResolution.NO_ACTION_NEEDED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private void refused(String csv, LocalDate from, LocalDate to) {
        fixture.givenNoPriorActivity()
                .when(ImportSettlementReport.of("nets.csv", csv, from, to))
                .expectExceptionDetails(rejection(RejectionCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    private static Matcher<Object> rejection(RejectionCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Rejection r && r.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("rejection " + code);
            }
        };
    }
}
