package dk.kantinekort.ui.citizen.spending;

import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Forbrug: what a statement's purchases cost, per week (Monday, Copenhagen time) and per place, as the chart and its
 * table show them. Purchases less their refunds; deposits, fees, payouts and transfers are no spending. Per category
 * (the till's or the catalogue's for each line, {@code perCategory} labelled by {@link ProductCategory} name): what
 * the till sold, line by line, before refunds (a refund names no line); empty while no line carries a category.
 */
public record Spending(List<Bar> perWeek, List<Bar> perPlace, List<Bar> perCategory) {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final Set<StatementRowType> SPENT = EnumSet.of(StatementRowType.PURCHASE, StatementRowType.WEBSHOP,
            StatementRowType.SUBSCRIPTION, StatementRowType.REFUND);

    /** One bar: its label and the øre spent. */
    public record Bar(String label, long ore) {
    }

    /** The spending of these rows; {@code unknownPlace} names rows without a place. */
    public static Spending of(List<StatementRow> rows, String unknownPlace) {
        Map<LocalDate, Long> weeks = new TreeMap<>();
        Map<String, Long> places = new LinkedHashMap<>();
        Map<ProductCategory, Long> categories = new EnumMap<>(ProductCategory.class);
        boolean anyCategory = false;
        for (StatementRow row : rows) {
            if (row.type() == StatementRowType.PURCHASE && row.lines() != null) {
                for (PurchaseLine line : row.lines()) {
                    anyCategory |= line.category() != null;
                    ProductCategory category = line.category() == null ? ProductCategory.UKENDT : line.category();
                    categories.merge(category, line.unitPrice().ore() * line.quantity(), Long::sum);
                }
            }
            if (!SPENT.contains(row.type()) || row.amount() == null) {
                continue;
            }
            long spent = -row.amount().ore(); // purchases are negative, refunds positive
            LocalDate monday = row.at().atZone(ZONE).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.merge(monday, spent, Long::sum);
            String place = row.text() == null || row.text().isBlank() ? unknownPlace : row.text().strip();
            places.merge(place, spent, Long::sum);
        }
        List<Bar> perWeek = weeks.entrySet().stream()
                .map(e -> new Bar("uge " + e.getKey().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), Math.max(0, e.getValue())))
                .toList();
        List<Bar> perPlace = places.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .map(e -> new Bar(Objects.requireNonNull(e.getKey()), e.getValue())).toList();
        List<Bar> perCategory = !anyCategory ? List.of() : categories.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .map(e -> new Bar(e.getKey().name(), e.getValue())).toList();
        return new Spending(perWeek, perPlace, perCategory);
    }

    public boolean isEmpty() {
        return perWeek.stream().allMatch(b -> b.ore() == 0);
    }
}
