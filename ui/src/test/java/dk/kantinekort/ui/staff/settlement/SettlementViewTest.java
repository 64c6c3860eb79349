package dk.kantinekort.ui.staff.settlement;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dk.kantinekort.api.settlement.ResolveSettlementRow;
import dk.kantinekort.api.settlement.SettlementResolution;
import dk.kantinekort.api.settlement.FindSettlementReconciliation;
import dk.kantinekort.api.settlement.ListSettlementReports;
import dk.kantinekort.api.settlement.SettlementMatch;
import dk.kantinekort.api.settlement.SettlementReconciliation;
import dk.kantinekort.api.settlement.SettlementReconciliation.Row;
import dk.kantinekort.api.settlement.SettlementReportSummary;
import dk.kantinekort.ui.testing.BackofficeUiTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Afregning as staff see it: what does not match, and the provider's fees apart from the citizens'. */
class SettlementViewTest extends BackofficeUiTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    private static final Instant IMPORTED = Instant.parse("2026-12-02T09:00:00Z");

    private void answer() {
        queries.answer(ListSettlementReports.class, q -> List.of(
                new SettlementReportSummary("r1", "nets-nov.csv", IMPORTED, NOV_1, NOV_30, 2, 2)));
        queries.answer(FindSettlementReconciliation.class, q -> new SettlementReconciliation("r1", "nets-nov.csv",
                IMPORTED, NOV_1, NOV_30, List.of(
                        new Row(SettlementMatch.MATCHED, 1, "PO-1", LocalDate.of(2026, 11, 2), "pay-1", null,
                                "CHARGE", 10_225L, 77L, "DEPOSIT", "acc", 10_225L, 225L, null),
                        new Row(SettlementMatch.MISSING_IN_LEDGER, 2, "PO-1", LocalDate.of(2026, 11, 3), "pay-9",
                                null, "CHARGE", 1_000L, 8L, null, null, null, null, null),
                        new Row(SettlementMatch.MISSING_AT_PROVIDER, null, null, LocalDate.of(2026, 11, 4), "pay-2",
                                "ch-2", null, null, null, "WEBSHOP", "acc", 3_644L, 144L, null)),
                11_225, 85, 11_140, 225, 1, 2));
    }

    @Test
    void onlyWhatDoesNotMatchIsListedAtFirst() {
        answer();

        open("backoffice/afregning");

        Grid<?> rows = _get(Grid.class, spec -> spec.withId("settlement-rows"));
        assertThat(_size(rows)).isEqualTo(2);
        assertThat(_getFormattedRow(rows, 0).subList(0, 4))
                .containsExactly("Mangler i hovedbogen", "2", "03-11-2026", "pay-9");
        assertThat(_getFormattedRow(rows, 1).get(0)).isEqualTo("Mangler hos udbyderen");

        _get(Checkbox.class, spec -> spec.withId("settlement-only-unmatched")).setValue(false);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("settlement-rows")))).isEqualTo(3);
    }

    @Test
    void theProvidersFeesAreShownApartFromTheFeesCitizensPaid() {
        answer();

        open("backoffice/afregning");

        assertThat(_get(Paragraph.class, spec -> spec.withId("settlement-totals")).getText())
                .isEqualTo("Brutto 112,25 kr.; gebyrer tilbageholdt af udbyderen 0,85 kr.; netto udbetalt "
                        + "111,40 kr.; gebyrer betalt af borgerne 2,25 kr.");
    }

    @Test
    void staffSettleARowThatDidNotMatchInTheirName() {
        answer();
        commands.answer(ResolveSettlementRow.class, c -> null);

        open("backoffice/afregning");
        @SuppressWarnings("unchecked")
        Select<SettlementResolution> choice = (Select<SettlementResolution>) _getCellComponent(
                _get(Grid.class, spec -> spec.withId("settlement-rows")), 0, "resolution");
        assertThat(choice.getId()).contains("settlement-resolve-line-2");
        choice.setValue(SettlementResolution.CREDITED_BY_HAND);

        assertThat(commands.sent(ResolveSettlementRow.class)).containsExactly(
                new ResolveSettlementRow("r1", "pay-9", 2, SettlementResolution.CREDITED_BY_HAND));
        assertThat(commands.metaData(ResolveSettlementRow.class).get(0).get("actor")).isEqualTo("admin:admin");
        assertThat(_get(Paragraph.class, spec -> spec.withId("settlement-message")).getText())
                .isEqualTo("Rækken er markeret som afklaret.");
    }
}
