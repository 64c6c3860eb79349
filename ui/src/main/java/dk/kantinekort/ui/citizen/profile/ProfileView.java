package dk.kantinekort.ui.citizen.profile;

import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.ChangeAllowedUnits;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.citizen.ChangeCardPhoto;
import dk.kantinekort.api.citizen.ChangeContactDetails;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.ui.shell.PagePolling;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.shell.format.AccountNames;

/**
 * "Brugeroplysninger" (F4, F10, F11): the contact details, card photo and allowed units of the person who
 * holds an account, and that person's cards. The account comes from {@code ?konto=<accountId>} when the
 * citizen may act on it, otherwise from "Vælg konto"; no id in a URL ever shows another person's data.
 */
@Route(value = Routes.PROFILE, layout = MainLayout.class)
@PermitAll
public class ProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ACCOUNT_PARAMETER = "konto";
    private static final Logger log = LoggerFactory.getLogger(ProfileView.class);

    private final AccountSelection selection;
    private final ProfileQueries queries;
    private final PortalCommands commands;
    private final Branding branding;
    private final MyDataFile myData;
    private final CardPhotoEncoder encoder = new CardPhotoEncoder();
    private final long readModelWaitMillis;
    private final PagePolling catchUp = new PagePolling();

    private AccountSummary account;
    private ContactDetails savedDetails;
    private Set<UnitKind> savedUnits;
    private ContactForm form;
    private UnitChoice units;
    private PhotoField photo;
    private CardsSection cards;
    private final SchemeParts parts;
    private Paragraph saveMessage;

    /**
     * @param readModelWaitMillis how long to keep asking, after a card action, for the read side to show it
     */
    ProfileView(AccountSelection selection, ProfileQueries queries, PortalCommands commands, Branding branding,
                MyDataFile myData, long readModelWaitMillis) {
        this(selection, queries, commands, branding, myData, readModelWaitMillis, SchemeParts.allOn());
    }

    @Autowired
    ProfileView(AccountSelection selection, ProfileQueries queries, PortalCommands commands, Branding branding,
                MyDataFile myData, @Value("${canteen.portal.read-model-wait-ms:5000}") long readModelWaitMillis,
                ObjectProvider<SchemeParts> parts) {
        this(selection, queries, commands, branding, myData, readModelWaitMillis,
                parts.getIfAvailable(SchemeParts::allOn));
    }

    ProfileView(AccountSelection selection, ProfileQueries queries, PortalCommands commands, Branding branding,
                MyDataFile myData, long readModelWaitMillis, SchemeParts parts) {
        this.parts = parts;
        this.selection = selection;
        this.queries = queries;
        this.commands = commands;
        this.branding = branding;
        this.myData = myData;
        this.readModelWaitMillis = readModelWaitMillis;
        setId("profile");
        setMaxWidth("60rem");
        // the guide marks required fields "Navn *"; Lumo's default marker is a bullet
        getStyle().set("--lumo-required-field-indicator", "\"*\"");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getLocation().getQueryParameters().getSingleParameter(ACCOUNT_PARAMETER));
    }

    /** Builds the page for the requested account, or for the selected one when that cannot be shown. */
    void show(Optional<String> requestedAccountId) {
        removeAll();
        account = null;
        add(new H2(getTranslation("profile.title")));
        Optional<AccountSummary> chosen;
        CitizenProfile profile;
        byte[] currentPhoto;
        List<AccountSummary> holderCards;
        try {
            // "Vælg konto" follows ?konto=, so the header shows whose details these are
            Optional<AccountSelection.Choice> choice = selection.choose(requestedAccountId);
            if (choice.isPresent() && choice.get().requestIgnored()) {
                notice("profile-konto-ignored", "profile.konto-ignored");
            }
            chosen = choice.map(AccountSelection.Choice::chosen);
            if (chosen.isEmpty()) {
                notice("profile-no-account", "profile.no-account");
                add(new MyDataSection(myData));
                return;
            }
            account = chosen.get();
            profile = queries.profile(account.citizenId()).orElse(null);
            currentPhoto = photoOf(account.citizenId());
            holderCards = cardsOf(account);
        } catch (IllegalStateException e) {
            log.warn("Brugeroplysninger unavailable: {}", e.toString());
            account = null;
            notice("profile-unavailable", "profile.unavailable");
            return;
        }
        build(profile, currentPhoto, holderCards);
    }

    private void build(CitizenProfile profile, byte[] currentPhoto, List<AccountSummary> holderCards) {
        form = new ContactForm();
        form.fill(prefilled(profile), profile != null && profile.cprMasked() != null
                ? profile.cprMasked() : account.cprMasked());
        savedDetails = form.read();

        units = new UnitChoice(branding.name());
        units.choose(account.allowedUnits());
        savedUnits = units.chosen();
        if (holderCards.size() > 1) {
            units.setHelperText(getTranslation("profile.units.account", describe(account)));
        }

        photo = new PhotoField(encoder, holderName());
        photo.showCurrent(currentPhoto);

        Button save = new Button(getTranslation("profile.save"), click -> save());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveMessage = new Paragraph();
        saveMessage.setId("profile-save-message");
        saveMessage.getElement().setAttribute("role", "status");

        cards = new CardsSection(commands, this::deliveryAddress, queries::pendingReplacement, this::reloadCards,
                parts.isOn(SchemePart.TEMPORARY_CARD));
        cards.show(holderName(), holderCards);

        // the guide's order: Borger, the units, Billede, Kortoplysninger (its buttons at the right), then "Gem" last
        add(new H3(getTranslation("profile.person.heading")), form,
                new H3(branding.name()), units,
                new H3(getTranslation("profile.photo.heading")), photo,
                new H3(getTranslation("profile.cards.heading")), cards,
                save, saveMessage, new MyDataSection(myData));
    }

    /** The stored details, with the holder's name filled in for people imported without details. */
    private ContactDetails prefilled(CitizenProfile profile) {
        ContactDetails d = profile == null || profile.details() == null
                ? new ContactDetails(null, null, null, null, null, null, null) : profile.details();
        String name = d.name() == null || d.name().isBlank() ? account.holderName() : d.name();
        return new ContactDetails(name, d.email(), d.address(), d.postalCode(), d.city(), d.phone(), d.mobile());
    }

    private void save() {
        ContactDetails details = form.read();
        boolean detailsChanged = !details.equals(savedDetails);
        Set<UnitKind> chosenUnits = units.chosen();
        boolean unitsChanged = !chosenUnits.equals(savedUnits);
        Optional<byte[]> newPhoto = photo.pending();
        List<ContactDetails.Problem> problems = detailsChanged ? details.problems() : List.of();
        form.show(problems);
        if (!problems.isEmpty()) {
            status(getTranslation("profile.fix-fields"), true);
            return;
        }
        if (!detailsChanged && !unitsChanged && newPhoto.isEmpty()) {
            status(getTranslation("profile.nothing-to-save"), false);
            return;
        }
        try {
            if (detailsChanged) {
                commands.send(new ChangeContactDetails(account.citizenId(), details));
                savedDetails = details;
            }
            if (unitsChanged) {
                commands.send(new ChangeAllowedUnits(account.accountId(), chosenUnits));
                savedUnits = chosenUnits;
            }
            if (newPhoto.isPresent()) {
                commands.send(new ChangeCardPhoto(account.citizenId(), newPhoto.get()));
                photo.saved();
            }
            status(getTranslation("profile.saved"), false);
            Notification.show(getTranslation("profile.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RejectedException refusal) {
            status(getTranslation(Refusals.messageKey(refusal)), true);
        } catch (IllegalStateException unavailable) {
            log.warn("Saving Brugeroplysninger failed: {}", unavailable.toString());
            status(getTranslation("profile.unavailable"), true);
        }
    }

    /**
     * Shows the cards again after an action. The read side follows the ledger a moment later: what the ledger already
     * confirmed is shown at once, and the page asks the read side again each second for a short while until it
     * agrees, without holding the page.
     */
    private void reloadCards(String accountId, Predicate<AccountSummary> settled,
                             UnaryOperator<AccountSummary> knownOutcome) {
        catchUp.stop();
        long deadline = System.nanoTime() + readModelWaitMillis * 1_000_000;
        if (showCards(accountId, settled, knownOutcome)) {
            return;
        }
        getUI().ifPresent(ui -> catchUp.start(ui, () -> {
            if (showCards(accountId, settled, knownOutcome) || System.nanoTime() >= deadline) {
                catchUp.stop();
            }
        }));
    }

    /** Shows the cards as the read side has them, with the known outcome laid over; true once it shows it itself. */
    private boolean showCards(String accountId, Predicate<AccountSummary> settled,
                              UnaryOperator<AccountSummary> knownOutcome) {
        try {
            List<AccountSummary> fresh = cardsOf(account);
            boolean caughtUp = isSettled(fresh, accountId, settled);
            if (!caughtUp) {
                fresh = fresh.stream().map(a -> a.accountId().equals(accountId) ? knownOutcome.apply(a) : a).toList();
            }
            fresh.stream().filter(a -> a.accountId().equals(accountId)).findFirst().ifPresent(a -> account = a);
            cards.show(holderName(), fresh);
            return caughtUp;
        } catch (IllegalStateException e) {
            log.warn("Cards could not be read again: {}", e.toString());
            status(getTranslation("profile.unavailable"), true);
            return true;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        catchUp.stop();
    }

    private static boolean isSettled(List<AccountSummary> cards, String accountId, Predicate<AccountSummary> settled) {
        return cards.stream().filter(a -> a.accountId().equals(accountId)).findFirst().map(settled::test).orElse(true);
    }

    /** The card accounts of the person who holds this account that the citizen may act on; this one first. */
    private List<AccountSummary> cardsOf(AccountSummary shown) {
        List<AccountSummary> accessible = selection.accessibleAccounts();
        List<AccountSummary> holders = new ArrayList<>();
        accessible.stream().filter(a -> a.accountId().equals(shown.accountId())).findFirst().ifPresent(holders::add);
        accessible.stream().filter(a -> shown.citizenId().equals(a.citizenId()))
                .filter(a -> !a.accountId().equals(shown.accountId())).forEach(holders::add);
        return holders;
    }

    private byte[] photoOf(String citizenId) {
        try {
            return queries.photo(citizenId).orElse(null);
        } catch (IllegalStateException e) {
            // the rest of the page is still useful without the picture
            log.warn("Card photo unavailable: {}", e.toString());
            return null;
        }
    }

    private String deliveryAddress() {
        if (savedDetails == null || savedDetails.address() == null || savedDetails.postalCode() == null
                || savedDetails.city() == null) {
            return "";
        }
        return savedDetails.address() + ", " + savedDetails.postalCode() + " " + savedDetails.city();
    }

    private String holderName() {
        return savedDetails != null && savedDetails.name() != null ? savedDetails.name() : account.holderName();
    }

    private String describe(AccountSummary a) {
        return AccountNames.label(a, this::getTranslation);
    }

    private void status(String text, boolean problem) {
        saveMessage.setText(text);
        if (problem) {
            saveMessage.addClassName(LumoUtility.TextColor.ERROR);
        } else {
            saveMessage.removeClassName(LumoUtility.TextColor.ERROR);
        }
    }

    private void notice(String id, String key) {
        Paragraph notice = new Paragraph(getTranslation(key));
        notice.setId(id);
        notice.getElement().setAttribute("role", "status");
        notice.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM);
        add(notice);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " – " + branding.name();
    }
}
