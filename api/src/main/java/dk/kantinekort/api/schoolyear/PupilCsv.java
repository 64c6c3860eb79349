package dk.kantinekort.api.schoolyear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the school administration's pupil file: a header line naming the columns (Danish or English, any order:
 * {@code cpr; navn|name; skole|school; klasse|class; kortnummer|card}, optional {@code fraflyttet|leaving} with
 * ja/x/true/1), then one pupil per line, separated by semicolons (or commas), fields optionally in double quotes.
 * Only splits the text: what a row means is the ledger's decision.
 */
public final class PupilCsv {

    /** The largest file accepted, in rows. */
    public static final int MAX_ROWS = 20_000;

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("cpr", "cpr"), Map.entry("cprnr", "cpr"), Map.entry("cpr-nummer", "cpr"),
            Map.entry("navn", "name"), Map.entry("name", "name"),
            Map.entry("skole", "school"), Map.entry("school", "school"),
            Map.entry("klasse", "class"), Map.entry("class", "class"),
            Map.entry("kortnummer", "card"), Map.entry("kort", "card"), Map.entry("card", "card"),
            Map.entry("cardnumber", "card"),
            Map.entry("fraflyttet", "leaving"), Map.entry("udmeldt", "leaving"), Map.entry("leaving", "leaving"));

    private PupilCsv() {
    }

    /** The rows of the file; IllegalArgumentException (in English, for the API) when the header is not usable. */
    public static List<PupilRow> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The file is empty");
        }
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        char separator = lines[0].contains(";") ? ';' : ',';
        List<String> header = split(lines[0], separator);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = COLUMNS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (column != null) {
                index.putIfAbsent(column, i);
            }
        }
        for (String required : List.of("cpr", "name", "school", "class", "card")) {
            if (!index.containsKey(required)) {
                throw new IllegalArgumentException("The header line must name the columns cpr, navn, skole, klasse "
                        + "and kortnummer (missing: " + required + ")");
            }
        }
        List<PupilRow> rows = new ArrayList<>();
        for (int n = 1; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new IllegalArgumentException("A file holds at most " + MAX_ROWS + " pupils");
            }
            List<String> fields = split(lines[n], separator);
            rows.add(new PupilRow(n + 1, field(fields, index, "cpr"), field(fields, index, "name"),
                    field(fields, index, "school"), field(fields, index, "class"), field(fields, index, "card"),
                    isYes(field(fields, index, "leaving"))));
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The file holds no pupils");
        }
        return rows;
    }

    private static String field(List<String> fields, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        if (i == null || i >= fields.size()) {
            return null;
        }
        String value = fields.get(i).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean isYes(String value) {
        return value != null && List.of("ja", "x", "true", "1", "yes").contains(value.toLowerCase(Locale.ROOT));
    }

    private static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
