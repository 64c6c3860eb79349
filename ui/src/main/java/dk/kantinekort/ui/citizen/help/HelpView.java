package dk.kantinekort.ui.citizen.help;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.FaqEntry;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.Support;
import dk.kantinekort.ui.shell.municipality.SupportContactInForce;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import java.util.Map;
import java.util.Optional;
import dk.kantinekort.ui.shell.Routes;

/**
 * Hjælp (F18): the municipality's own guide as questions and answers, the support contact with its opening
 * hours, and the "Fjernsupport" link. All texts come from {@link MunicipalitySettings}; only the labels around
 * them are the portal's. Open to everyone: a citizen who cannot log in needs it most. Other pages link to one
 * topic with {@code hjaelp?emne=<id>} (e.g. {@code identisk-transaktion}), which opens it. A topic may hold for one
 * setting only ({@code shown-when}, e.g. Udbetaling with {@code canteen.municipality.payout-enabled} on or off).
 */
@Route(value = Routes.HELP, layout = MainLayout.class)
@AnonymousAllowed
public class HelpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOPIC_PARAMETER = "emne";

    private final Branding branding;
    private final Map<String, Details> topics = new LinkedHashMap<>();
    private final boolean payoutEnabled;
    private final SchemeParts parts;

    HelpView(MunicipalitySettings settings, Branding branding) {
        this(settings, SupportContactInForce.fromFile(settings), branding, true);
    }

    @Autowired
    HelpView(MunicipalitySettings settings, ObjectProvider<SupportContactInForce> support, Branding branding,
             @Value("${canteen.municipality.payout-enabled:true}") boolean payoutEnabled,
             ObjectProvider<SchemeParts> parts) {
        this(settings, support.getIfAvailable(() -> SupportContactInForce.fromFile(settings)), branding,
                payoutEnabled, parts.getIfAvailable(SchemeParts::allOn));
    }

    HelpView(MunicipalitySettings settings, SupportContactInForce support, Branding branding) {
        this(settings, support, branding, true);
    }

    HelpView(MunicipalitySettings settings, SupportContactInForce support, Branding branding, boolean payoutEnabled) {
        this(settings, support, branding, payoutEnabled, SchemeParts.allOn());
    }

    /**
     * {@code payoutEnabled}: whether the portal offers Udbetaling; {@code parts}: which parts of the scheme are on.
     * Hjælp shows only the topics true for them.
     */
    HelpView(MunicipalitySettings settings, SupportContactInForce support, Branding branding, boolean payoutEnabled,
             SchemeParts parts) {
        this.payoutEnabled = payoutEnabled;
        this.parts = parts;
        this.branding = branding;
        setMaxWidth("60rem");
        setSpacing(false); // paragraphs and headings bring their own margins
        add(new H2(getTranslation("help.title")));
        String languageNote = getTranslation("help.language-note");
        if (!languageNote.isBlank()) {
            add(new Paragraph(languageNote));
        }
        settings.help().intro().forEach(text -> add(new Paragraph(text)));
        add(support(settings, support.current()), questions(settings), seeAlso());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(TOPIC_PARAMETER).ifPresent(this::openTopic);
    }

    /** Opens the topic with this id (unknown ids are ignored) and scrolls it into view. */
    void openTopic(String id) {
        Optional.ofNullable(topics.get(id)).ifPresent(details -> {
            details.setOpened(true);
            details.scrollIntoView();
        });
    }

    private Component support(MunicipalitySettings settings, Support support) {
        Section section = new Section(new H3(getTranslation("help.support.heading")));
        section.setId("help-support");
        if (!support.phone().isBlank()) {
            section.add(labelled("help.support.phone",
                    new Anchor("tel:" + support.phone().replaceAll("[^+0-9]", ""), support.phone())));
        }
        if (!support.email().isBlank()) {
            section.add(labelled("help.support.email", new Anchor("mailto:" + support.email(), support.email())));
        }
        if (!support.hours().isBlank()) {
            section.add(labelled("help.support.hours", new Span(support.hours())));
        }
        if (!settings.fullAddress().isBlank()) {
            section.add(labelled("help.support.address", new Span(settings.fullAddress())));
        }
        if (!support.remoteSupportUrl().isBlank()) {
            Anchor remote = new Anchor(support.remoteSupportUrl(),
                    getTranslation("help.remote-support") + " " + getTranslation("help.remote-support.new-window"),
                    AnchorTarget.BLANK);
            remote.setId("help-remote-support");
            remote.getElement().setAttribute("rel", "noopener noreferrer");
            Paragraph paragraph = new Paragraph(remote);
            section.add(paragraph);
            if (!support.remoteSupportText().isBlank()) {
                section.add(new Paragraph(support.remoteSupportText()));
            }
        }
        return section;
    }

    private Paragraph labelled(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Paragraph(label, value);
    }

    private Component questions(MunicipalitySettings settings) {
        Section section = new Section(new H3(getTranslation("help.faq.heading")));
        section.setId("help-faq");
        List<FaqEntry> shown = settings.help().faq().stream().filter(entry -> entry.shownWith(payoutEnabled, parts))
                .toList();
        if (shown.isEmpty()) {
            section.add(new Paragraph(getTranslation("help.not-configured")));
        }
        for (FaqEntry entry : shown) {
            Details details = new Details(entry.title(), answer(entry));
            details.setWidthFull();
            if (!entry.id().isBlank()) {
                details.setId("faq-" + entry.id());
                topics.put(entry.id(), details);
            }
            section.add(details);
        }
        return section;
    }

    /** The guide's order: what it is about, the numbered steps, the points to check, then the closing notes. */
    private static Component answer(FaqEntry entry) {
        Div answer = new Div();
        entry.paragraphs().forEach(text -> answer.add(new Paragraph(text)));
        if (!entry.steps().isEmpty()) {
            OrderedList steps = new OrderedList();
            entry.steps().forEach(text -> steps.add(new ListItem(text)));
            answer.add(steps);
        }
        if (!entry.points().isEmpty()) {
            UnorderedList points = new UnorderedList();
            entry.points().forEach(text -> points.add(new ListItem(text)));
            answer.add(points);
        }
        entry.notes().forEach(text -> answer.add(new Paragraph(text)));
        return answer;
    }

    private Component seeAlso() {
        Section section = new Section(new H3(getTranslation("help.see-also.heading")));
        UnorderedList links = new UnorderedList(
                new ListItem(new RouterLink(getTranslation("terms.title"), TermsView.class)),
                new ListItem(new RouterLink(getTranslation("accessibility.title"), AccessibilityView.class)));
        section.add(links);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.title") + " – " + branding.name();
    }
}
