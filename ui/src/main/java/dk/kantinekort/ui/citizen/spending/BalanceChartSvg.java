package dk.kantinekort.ui.citizen.spending;

import java.util.List;
import java.util.Locale;

/**
 * The balance over time as a line written as SVG on the server, with the highest and lowest balance and the first and
 * last day marked. Decorative for screen readers (the table beside it carries the numbers), so it is aria-hidden.
 */
final class BalanceChartSvg {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 160;
    private static final int LEFT = 90;
    private static final int TOP = 12;
    private static final int BOTTOM = 24;

    private BalanceChartSvg() {
    }

    static String of(List<BalanceOverTime.Day> days, String firstLabel, String lastLabel) {
        long high = Math.max(0, days.stream().mapToLong(BalanceOverTime.Day::ore).max().orElse(0));
        long low = Math.min(0, days.stream().mapToLong(BalanceOverTime.Day::ore).min().orElse(0));
        double span = Math.max(1, high - low);
        int plotWidth = WIDTH - LEFT - 10;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            double x = LEFT + (days.size() == 1 ? 0 : (double) plotWidth * i / (days.size() - 1));
            double y = TOP + plotHeight * (high - days.get(i).ore()) / span;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        double zero = TOP + plotHeight * high / span;
        return new StringBuilder().append(String.format(Locale.ROOT,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" aria-hidden=\"true\""
                                + " focusable=\"false\" style=\"max-width:%dpx\">", WIDTH, HEIGHT, WIDTH))
                .append(text(0, TOP + 10, SpendingPanel.kroner(high)))
                .append(text(0, TOP + plotHeight, SpendingPanel.kroner(low)))
                .append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\""
                        + " stroke-dasharray=\"3 3\"/>", LEFT, zero, WIDTH - 10, zero))
                .append(String.format(Locale.ROOT, "<polyline class=\"balance\" fill=\"none\" stroke=\"#1a73e8\""
                        + " stroke-width=\"2\" points=\"%s\"/>", points.toString().strip()))
                .append(text(LEFT, HEIGHT - 6, firstLabel))
                .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"currentColor\""
                        + " text-anchor=\"end\">%s</text>", WIDTH - 10, HEIGHT - 6, BarChartSvg.escape(lastLabel)))
                .append("</svg>").toString();
    }

    private static String text(int x, int y, String words) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"currentColor\">%s</text>",
                x, y, BarChartSvg.escape(words));
    }
}
