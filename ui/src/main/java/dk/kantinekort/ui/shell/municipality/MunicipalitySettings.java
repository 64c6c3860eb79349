package dk.kantinekort.ui.shell.municipality;

import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What differs per municipality and must not need a code change: who runs the scheme, how citizens reach
 * support, the help texts (the municipality's own guide), the trade terms and the accessibility statement.
 * The scheme's name itself is {@code canteen.branding.name} ({@link dk.kantinekort.ui.shell.Branding}).
 * Texts are Danish: they are the municipality's documents, not labels of the portal.
 */
@ConfigurationProperties("canteen.municipality")
public record MunicipalitySettings(String name, String address, Support support, Help help, Document terms,
                                   Document accessibility) {

    public MunicipalitySettings {
        name = orEmpty(name);
        address = orEmpty(address);
        support = support == null ? new Support(null, null, null, null, null) : support;
        help = help == null ? new Help(null, null) : help;
        terms = terms == null ? new Document(null, null, null) : terms;
        accessibility = accessibility == null ? new Document(null, null, null) : accessibility;
    }

    /** Name and address on one line, e.g. "Gladsaxe Kommune, Rådhus Alle 7, 2860 Søborg". */
    public String fullAddress() {
        return String.join(", ", Stream.of(name, address).filter(s -> !s.isBlank()).toList());
    }

    /** How citizens reach support: phone, e-mail, opening hours, and the remote-support page technicians use. */
    public record Support(String phone, String email, String hours, String remoteSupportUrl, String remoteSupportText) {
        public Support {
            phone = orEmpty(phone);
            email = orEmpty(email);
            hours = orEmpty(hours);
            remoteSupportUrl = orEmpty(remoteSupportUrl);
            remoteSupportText = orEmpty(remoteSupportText);
        }
    }

    /** The help page: a few words first, then one entry per topic of the municipality's guide. */
    public record Help(List<String> intro, List<FaqEntry> faq) {
        public Help {
            intro = orEmpty(intro);
            faq = orEmpty(faq);
        }
    }

    /**
     * One topic of the help page. {@code id} makes it addressable ({@code hjaelp?emne=<id>}); the text is read
     * as paragraphs, then numbered steps, then bullet points, then closing notes, like the guide's sections.
     * {@code shown-when} lets two versions of a topic share an id, one per setting (see {@link #shownWith}).
     */
    public record FaqEntry(String id, String title, List<String> paragraphs, List<String> steps, List<String> points,
                           List<String> notes, String shownWhen) {

        /** {@code shown-when} of a topic that is only true while the portal offers Udbetaling. */
        public static final String PAYOUT_ENABLED = "payout-enabled";
        /** {@code shown-when} of a topic that is only true while payouts go through the municipality alone. */
        public static final String PAYOUT_DISABLED = "payout-disabled";

        public FaqEntry {
            id = orEmpty(id);
            title = orEmpty(title);
            paragraphs = orEmpty(paragraphs);
            steps = orEmpty(steps);
            points = orEmpty(points);
            notes = orEmpty(notes);
            shownWhen = orEmpty(shownWhen);
        }

        /**
         * Whether the topic describes the portal as it is set up: a topic with {@code shown-when: payout-enabled}
         * only while {@code canteen.municipality.payout-enabled} is on, {@code payout-disabled} only while it is
         * off; likewise {@code <part>-enabled} / {@code <part>-disabled} for each switchable {@link SchemePart};
         * every other topic always.
         */
        public boolean shownWith(boolean payoutEnabled, SchemeParts parts) {
            return switch (shownWhen) {
                case PAYOUT_ENABLED -> payoutEnabled;
                case PAYOUT_DISABLED -> !payoutEnabled;
                default -> {
                    Boolean holds = parts.holds(shownWhen);
                    yield holds == null || holds;
                }
            };
        }

        /** {@link #shownWith(boolean, SchemeParts)} with every part of the scheme on. */
        public boolean shownWith(boolean payoutEnabled) {
            return shownWith(payoutEnabled, SchemeParts.allOn());
        }
    }

    /** A text page (terms, accessibility statement): an introduction, sections, and when it was last revised. */
    public record Document(List<String> intro, List<Section> sections, String updated) {
        public Document {
            intro = orEmpty(intro);
            sections = orEmpty(sections);
            updated = orEmpty(updated);
        }
    }

    /** A headed part of a text page, with links to read on (e.g. where to complain). */
    public record Section(String heading, List<String> paragraphs, List<String> points, List<Link> links) {
        public Section {
            heading = orEmpty(heading);
            paragraphs = orEmpty(paragraphs);
            points = orEmpty(points);
            links = orEmpty(links);
        }
    }

    /** A link with the text a screen reader announces. */
    public record Link(String text, String url) {
        public Link {
            text = orEmpty(text);
            url = orEmpty(url);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
