package dk.kantinekort.ui.staff.settings;

import dk.kantinekort.ui.staff.layout.BackofficeLayout;
import dk.kantinekort.ui.staff.layout.StaffPage;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.payment.FeeRule;
import dk.kantinekort.api.payment.PaymentTerms;
import dk.kantinekort.ui.shell.format.DanishFormat;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.shell.municipality.SupportContactInForce;
import dk.kantinekort.ui.shell.Branding;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import dk.kantinekort.ui.shell.Routes;

/**
 * Gebyrer og indstillinger: the fee schedule per payment method, the automatic top-up threshold, the scheme's name
 * and the support
 * contact the portal shows. Each change is an event of the scheme's settings; the next payment uses it.
 */
@Route(value = Routes.BACKOFFICE_SETTINGS, layout = BackofficeLayout.class)
@RolesAllowed("ADMIN")
public class SettingsView extends StaffPage implements BeforeEnterObserver {

    private final SettingsDesk desk;
    private final SupportContactInForce support;
    private final Map<DepositMethod, BigDecimalField> fixed = new EnumMap<>(DepositMethod.class);
    private final Map<DepositMethod, BigDecimalField> percent = new EnumMap<>(DepositMethod.class);
    private final IntegerField threshold = new IntegerField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextField hours = new TextField();
    private final Paragraph thresholdNote = new Paragraph();
    private final TextField brandingName = new TextField();
    private final Branding branding;

    SettingsView(StaffQueries queries, StaffCommands commands, MunicipalitySettings municipality,
                      ObjectProvider<SupportContactInForce> support, Branding branding) {
        super("settings", "backoffice.menu.indstillinger");
        this.branding = branding;
        this.desk = new SettingsDesk(queries, commands);
        this.support = support.getIfAvailable(() -> SupportContactInForce.fromFile(municipality));

        add(new H3(getTranslation("backoffice.settings.fees")),
                new Paragraph(getTranslation("backoffice.settings.fees-help")));
        for (DepositMethod method : SettingsDesk.FEE_METHODS) {
            add(feeRow(method));
        }

        add(new H3(getTranslation("backoffice.settings.threshold")));
        threshold.setId("settings-threshold");
        threshold.setLabel(getTranslation("backoffice.settings.threshold-label"));
        threshold.setMin(0);
        threshold.setMax(SettingsDesk.MAX_THRESHOLD_KRONER);
        threshold.setStepButtonsVisible(false);
        Button saveThreshold = new Button(getTranslation("backoffice.settings.save"),
                click -> done(desk.changeThreshold(threshold.getValue())));
        saveThreshold.setId("settings-threshold-save");
        thresholdNote.setId("settings-threshold-help");
        add(row(threshold, saveThreshold), thresholdNote);

        add(new H3(getTranslation("backoffice.settings.support")));
        phone.setId("settings-support-phone");
        phone.setLabel(getTranslation("help.support.phone"));
        email.setId("settings-support-email");
        email.setLabel(getTranslation("help.support.email"));
        hours.setId("settings-support-hours");
        hours.setLabel(getTranslation("help.support.hours"));
        hours.setWidth("32rem");
        Button saveSupport = new Button(getTranslation("backoffice.settings.save"),
                click -> done(desk.changeSupport(phone.getValue(), email.getValue(), hours.getValue())));
        saveSupport.setId("settings-support-save");
        add(row(phone, email, hours, saveSupport));

        add(new H3(getTranslation("backoffice.settings.branding")));
        brandingName.setId("settings-branding-name");
        brandingName.setLabel(getTranslation("backoffice.settings.branding-label"));
        brandingName.setMaxLength(SettingsDesk.MAX_BRANDING_NAME);
        Button saveBranding = new Button(getTranslation("backoffice.settings.save"), click -> {
            Outcome outcome = desk.changeBrandingName(brandingName.getValue());
            if (outcome.done()) {
                branding.refresh();
            }
            done(outcome);
        });
        saveBranding.setId("settings-branding-save");
        add(row(brandingName, saveBranding));
    }

    private HorizontalLayout feeRow(DepositMethod method) {
        String key = method.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        BigDecimalField fixedField = new BigDecimalField(getTranslation("backoffice.settings.fee-fixed",
                getTranslation("backoffice.settings.method." + method.name())));
        fixedField.setId("settings-fee-fixed-" + key);
        fixedField.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr."));
        BigDecimalField percentField = new BigDecimalField(getTranslation("backoffice.settings.fee-percent"));
        percentField.setId("settings-fee-percent-" + key);
        percentField.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        Button save = new Button(getTranslation("backoffice.settings.save"),
                click -> done(desk.changeFee(method, fixedField.getValue(), percentField.getValue())));
        save.setId("settings-fee-save-" + key);
        fixed.put(method, fixedField);
        percent.put(method, percentField);
        return row(fixedField, percentField, save);
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        try {
            PaymentTerms terms = desk.terms();
            for (DepositMethod method : SettingsDesk.FEE_METHODS) {
                FeeRule rule = terms.feeRuleFor(method);
                fixed.get(method).setValue(SettingsDesk.kronerOf(rule.fixedOre()));
                percent.get(method).setValue(SettingsDesk.percentOf(rule.basisPoints()));
            }
            threshold.setValue((int) (terms.autoTopUpThreshold().ore() / 100));
            thresholdNote.setText(getTranslation("backoffice.settings.threshold-help",
                    DanishFormat.money(terms.autoTopUpThreshold())));
        } catch (IllegalStateException e) {
            showUnavailable();
        }
        MunicipalitySettings.Support contact = support.current();
        phone.setValue(contact.phone());
        email.setValue(contact.email());
        hours.setValue(contact.hours());
        brandingName.setValue(branding.name());
    }

    private void done(Outcome outcome) {
        if (outcome.done()) {
            refresh();
        }
        show(outcome);
    }
}
