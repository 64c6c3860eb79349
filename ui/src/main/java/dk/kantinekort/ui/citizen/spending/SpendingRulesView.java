package dk.kantinekort.ui.citizen.spending;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.spending.ChangeSpendingRules;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.spending.SpendingRules;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.shell.format.AccountNames;
import dk.kantinekort.ui.spending.SpendingRulesQueries;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Forbrugsregler": the owner of an account, or a citizen with an approved link to the owner, sets a daily limit, a
 * daily limit per kind of unit and the product categories the card may not buy; the account enforces them at the till
 * from the very next purchase. The account comes from {@code ?konto=} when the citizen may act on it, otherwise from
 * "Vælg konto". Not there at all while the municipality has the part switched off.
 */
@Route(value = Routes.SPENDING_RULES, layout = MainLayout.class)
@PermitAll
public class SpendingRulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ACCOUNT_PARAMETER = "konto";
    private static final Logger log = LoggerFactory.getLogger(SpendingRulesView.class);

    private final AccountSelection selection;
    private final SpendingRulesQueries queries;
    private final PortalCommands commands;
    private final Branding branding;
    private final SchemeParts parts;

    private AccountSummary account;
    private TextField daily;
    private final Map<UnitKind, TextField> unitFields = new EnumMap<>(UnitKind.class);
    private CheckboxGroup<ProductCategory> blocked;
    private Paragraph status;

    SpendingRulesView(AccountSelection selection, SpendingRulesQueries queries, PortalCommands commands,
                      Branding branding, ObjectProvider<SchemeParts> parts) {
        this.selection = selection;
        this.queries = queries;
        this.commands = commands;
        this.branding = branding;
        this.parts = parts.getIfAvailable(SchemeParts::allOn);
        setId("spending-rules");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!parts.isOn(SchemePart.SPENDING_RULES)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(event.getLocation().getQueryParameters().getSingleParameter(ACCOUNT_PARAMETER));
    }

    void show(Optional<String> requestedAccountId) {
        removeAll();
        unitFields.clear();
        account = null;
        add(new H2(getTranslation("spending.title")));
        SpendingRules rules;
        try {
            Optional<AccountSelection.Choice> choice = selection.choose(requestedAccountId);
            if (choice.isEmpty()) {
                notice("spending-no-account", getTranslation("spending.no-account"));
                return;
            }
            if (choice.get().requestIgnored()) {
                notice("spending-konto-ignored", getTranslation("spending.konto-ignored"));
            }
            account = choice.get().chosen();
            rules = queries.of(account.accountId()).rules();
        } catch (IllegalStateException e) {
            log.warn("Forbrugsregler unavailable: {}", e.toString());
            account = null;
            notice("spending-unavailable", getTranslation("spending.unavailable"));
            return;
        }
        build(rules == null ? SpendingRules.NONE : rules);
    }

    private void build(SpendingRules rules) {
        Paragraph intro = new Paragraph(getTranslation("spending.intro",
                AccountNames.of(account, this::getTranslation), account.holderName() == null ? ""
                        : account.holderName()));
        intro.setId("spending-intro");

        daily = limitField("spending-daily", getTranslation("spending.daily.label"), rules.dailyLimit());
        daily.setHelperText(getTranslation("spending.daily.help"));

        H3 unitsHeading = new H3(getTranslation("spending.units.heading"));
        Paragraph unitsHelp = new Paragraph(getTranslation("spending.units.help"));
        FlexLayout units = new FlexLayout();
        units.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        units.getStyle().set("gap", "var(--lumo-space-m)");
        for (UnitKind kind : UnitKind.values()) {
            TextField field = limitField("spending-unit-" + kind.name(), getTranslation("profile.unit." + kind.name()),
                    rules.unitLimits().get(kind));
            field.setWidth("12rem");
            unitFields.put(kind, field);
            units.add(field);
        }

        blocked = new CheckboxGroup<>();
        blocked.setId("spending-blocked");
        blocked.setLabel(getTranslation("spending.blocked.label", branding.name()));
        blocked.setHelperText(getTranslation("spending.blocked.help"));
        blocked.setItems(ProductCategory.values());
        blocked.setItemLabelGenerator(c -> getTranslation("spending.category." + c.name()));
        blocked.setValue(rules.blockedCategories());

        Button save = new Button(getTranslation("spending.save"), click -> save());
        save.setId("spending-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        status = new Paragraph();
        status.setId("spending-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        add(intro, daily, unitsHeading, unitsHelp, units, blocked, save, status);
    }

    private TextField limitField(String id, String label, Money current) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr."));
        field.setValue(KronerInput.format(current));
        field.setClearButtonVisible(true);
        return field;
    }

    /** Checks every field, then sends the whole set of rules; a refusal is shown next to what it concerns. */
    void save() {
        status.setVisible(false);
        Optional<Money> dailyLimit = read(daily);
        Map<UnitKind, Money> unitLimits = new EnumMap<>(UnitKind.class);
        boolean valid = dailyLimit != null;
        for (Map.Entry<UnitKind, TextField> e : unitFields.entrySet()) {
            Optional<Money> limit = read(e.getValue());
            if (limit == null) {
                valid = false;
            } else {
                limit.ifPresent(l -> unitLimits.put(e.getKey(), l));
            }
        }
        if (!valid) {
            say(getTranslation("spending.fix-fields"), false);
            return;
        }
        Set<ProductCategory> categories = blocked.getValue() == null || blocked.getValue().isEmpty()
                ? EnumSet.noneOf(ProductCategory.class) : EnumSet.copyOf(blocked.getValue());
        SpendingRules rules = new SpendingRules(dailyLimit.orElse(null), unitLimits, categories);
        try {
            commands.send(new ChangeSpendingRules(account.accountId(), rules));
            say(getTranslation("spending.saved"), true);
        } catch (RejectedException refusal) {
            String code = RejectedException.rejectionOf(refusal).map(r -> r.code().name()).orElse("OTHER");
            say(getTranslation(switch (code) {
                case "ACCESS_DENIED", "INVALID_REQUEST", "PART_SWITCHED_OFF" -> "spending.refused." + code;
                default -> "spending.refused.OTHER";
            }), false);
        } catch (IllegalStateException unavailable) {
            log.warn("Forbrugsregler not saved: {}", unavailable.toString());
            say(getTranslation("spending.unavailable"), false);
        }
    }

    /** The field's limit: empty for none, null when the text is no positive amount (the field then says why). */
    private Optional<Money> read(TextField field) {
        KronerInput.Parsed parsed = KronerInput.parse(field.getValue());
        if (!parsed.valid() || parsed.amount().map(a -> !a.isPositive()).orElse(false)) {
            field.setErrorMessage(getTranslation("spending.limit.invalid"));
            field.setInvalid(true);
            return null;
        }
        field.setInvalid(false);
        return parsed.amount();
    }

    private void say(String text, boolean done) {
        status.setText(text);
        status.setVisible(true);
        status.getElement().setAttribute("data-outcome", done ? "saved" : "refused");
        status.getStyle().set("color", done ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    private void notice(String id, String text) {
        Paragraph notice = new Paragraph(text);
        notice.setId(id);
        notice.getElement().setAttribute("role", "status");
        notice.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM);
        add(notice);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("spending.title") + " – " + branding.name();
    }
}
