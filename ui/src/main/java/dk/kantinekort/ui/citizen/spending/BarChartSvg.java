package dk.kantinekort.ui.citizen.spending;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart written as SVG on the server (no chart library, no client code): one bar per label, the
 * amount at its end. Decorative for screen readers (the table beside it carries the numbers), so it is aria-hidden.
 */
final class BarChartSvg {

    private static final int WIDTH = 480;
    private static final int LABEL = 150;
    private static final int ROW = 28;

    private BarChartSvg() {
    }

    static String of(List<Spending.Bar> bars) {
        long most = Math.max(1, bars.stream().mapToLong(Spending.Bar::ore).max().orElse(1));
        int height = Math.max(ROW, bars.size() * ROW);
        StringBuilder svg = new StringBuilder().append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" aria-hidden=\"true\""
                        + " focusable=\"false\" style=\"max-width:%dpx\">", WIDTH, height, WIDTH));
        for (int i = 0; i < bars.size(); i++) {
            Spending.Bar bar = bars.get(i);
            int y = i * ROW;
            int length = (int) Math.round((WIDTH - LABEL - 80) * (double) bar.ore() / most);
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"15\" fill=\"currentColor\">%s</text>",
                            y + 17, escape(shorten(bar.label()))))
                    .append(String.format(Locale.ROOT,
                            "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"#1a73e8\"/>",
                            LABEL, y + 4, length))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"15\" fill=\"currentColor\">%s</text>",
                            LABEL + length + 6, y + 17, escape(SpendingPanel.kroner(bar.ore()))));
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() <= 20 ? label : label.substring(0, 19) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
