package dk.kantinekort.ui.citizen.profile;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.BlockOrigin;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dk.kantinekort.ui.citizen.profile.FakePortal.ANNA;
import static dk.kantinekort.ui.citizen.profile.FakePortal.ANNA_ACCOUNT;
import static dk.kantinekort.ui.citizen.profile.FakePortal.CHRISTIAN;
import static dk.kantinekort.ui.citizen.profile.FakePortal.CHRISTIAN_ACCOUNT;
import static dk.kantinekort.ui.citizen.profile.FakePortal.RELATION;
import static dk.kantinekort.ui.citizen.profile.FakePortal.RELATION_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.ChangeAllowedUnits;
import dk.kantinekort.api.account.OrderReplacementCard;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.citizen.ChangeCardPhoto;
import dk.kantinekort.api.citizen.ChangeContactDetails;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.FindCardPhoto;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.ui.shell.Branding;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class ProfileViewTest {

    private final FakePortal portal = new FakePortal();

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.forLanguageTag("da-DK"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    // --- what the page shows

    @Test
    void theSelectedAccountsHolderIsShownWithTheGuidesFieldsAndAMaskedCpr() {
        open(null);

        assertThat(field("name").getLabel()).isEqualTo("Navn");
        assertThat(field("name").isRequiredIndicatorVisible()).isTrue();
        assertThat(field("name").getValue()).isEqualTo("Christian Harms");
        assertThat(field("email").getValue()).isEqualTo("christian@example.dk");
        assertThat(field("address").getValue()).isEqualTo("Højvangen 4");
        assertThat(field("postalCode").getValue()).isEqualTo("3480");
        assertThat(field("city").getValue()).isEqualTo("Fredensborg");
        assertThat(field("phone").getLabel()).isEqualTo("Tlf.");
        assertThat(field("phone").isRequiredIndicatorVisible()).isFalse();
        assertThat(field("mobile").getValue()).isEqualTo("20304050");
        TextField cpr = _get(TextField.class, spec -> spec.withId("profile-cpr"));
        assertThat(cpr.getLabel()).isEqualTo("CPR-nummer");
        assertThat(cpr.getValue()).isEqualTo("270182-");
        assertThat(cpr.isReadOnly()).isTrue();
        assertThat(units().getLabel()).isEqualTo("GladsaxeKortet skal kunne benyttes i følgende enheder:");
        assertThat(units().getValue()).containsExactlyInAnyOrder(UnitKind.values());
    }

    @Test
    void theUnitsAreTheGuidesEightKindsInDanish() {
        open(null);

        assertThat(units().getListDataView().getItems().map(units().getItemLabelGenerator()::apply).toList())
                .containsExactly("Skoler", "Fritidsklubber", "Seniorcentre", "Biblioteker", "Biografen", "Svømmehal",
                        "Andet idræt", "Ungdomsklubber");
    }

    @Test
    void theCardTableShowsNameNumberBalanceAndStatus() {
        open(null);

        NativeTableRow row = _get(NativeTableRow.class, spec -> spec.withId("profile-card-" + CHRISTIAN_ACCOUNT));
        assertThat(cellTexts(row)).startsWith("Betalingskort", "1562265116", "65,00 kr.", "Aktiv");
        assertThat(blockButton(CHRISTIAN_ACCOUNT).getText()).isEqualTo("Spær kort");
        assertThat(orderButton(CHRISTIAN_ACCOUNT).getText()).isEqualTo("Bestil nyt kort");
        assertThat(orderButton(CHRISTIAN_ACCOUNT).isEnabled()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-cards-advice")).getText())
                .contains("Det kan være en god ide at starte med at spærre kortet og vente 2-3 dage");
        // another person's card is not listed among Christian's own
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("profile-card-" + RELATION_ACCOUNT))).isEmpty();
    }

    @Test
    void thePageIsOrderedAsTheGuideShowsItWithGemLastBelowKortoplysninger() {
        ProfileView view = open(null);

        List<Component> children = view.getChildren().toList();
        List<String> headings = children.stream().filter(com.vaadin.flow.component.html.H3.class::isInstance)
                .map(c -> ((com.vaadin.flow.component.html.H3) c).getText()).toList();
        assertThat(headings).containsExactly("Borger", "GladsaxeKortet", "Billede", "Kortoplysninger");
        int cards = children.indexOf(children.stream().filter(CardsSection.class::isInstance).findFirst()
                .orElseThrow());
        int save = children.indexOf(_get(Button.class, spec -> spec.withId("profile-save")));
        int form = children.indexOf(children.stream().filter(ContactForm.class::isInstance).findFirst().orElseThrow());
        assertThat(form).as("the contact fields first").isLessThan(cards);
        assertThat(save).as("\"Gem\" below the card table, at the bottom").isGreaterThan(cards);
        assertThat(children.subList(save + 1, children.size()))
                .as("only Gem's message after it, then the form's end and \"Mine data\" (right of access) on its own")
                .extracting(c -> c.getId().orElse("")).containsExactly("profile-save-message", "profile-my-data");
        NativeTableRow row = _get(NativeTableRow.class, spec -> spec.withId("profile-card-" + CHRISTIAN_ACCOUNT));
        List<Button> rowButtons = _find(row, Button.class);
        assertThat(rowButtons.get(rowButtons.size() - 1)).as("Spær kort / Aktiver kort at the right of its row")
                .isSameAs(blockButton(CHRISTIAN_ACCOUNT));
    }

    @Test
    void aKontoIdTheCitizenMayActOnShowsThatPersonPrefilledFromTheAccountWhenDetailsAreMissing() {
        open(RELATION_ACCOUNT);

        assertThat(field("name").getValue()).isEqualTo("Test Harms Relation");
        assertThat(field("email").getValue()).isEmpty();
        assertThat(field("address").getValue()).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("profile-cpr")).getValue()).isEqualTo("090909-");
        assertThat(_find(Paragraph.class, spec -> spec.withId("profile-konto-ignored"))).isEmpty();
        assertThat(_get(NativeTableRow.class, spec -> spec.withId("profile-card-" + RELATION_ACCOUNT))).isNotNull();
    }

    @Test
    void aForeignKontoIdIsIgnoredAndNothingOfThatPersonIsReadOrShown() {
        open(ANNA_ACCOUNT);

        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-konto-ignored")).getText())
                .isEqualTo("Den ønskede konto kan ikke vises. Du ser i stedet oplysningerne for den valgte konto.");
        assertThat(field("name").getValue()).isEqualTo("Christian Harms");
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("profile-card-" + ANNA_ACCOUNT))).isEmpty();
        assertThat(portal.queries).doesNotContain(new FindCitizenProfile(ANNA), new FindCardPhoto(ANNA));
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("Anna", "99887766", "010190");
    }

    @Test
    void anUnknownKontoIdIsIgnoredToo() {
        open("no-such-account");

        assertThat(_find(Paragraph.class, spec -> spec.withId("profile-konto-ignored"))).hasSize(1);
        assertThat(field("name").getValue()).isEqualTo("Christian Harms");
    }

    @Test
    void aCitizenWithoutAccountsGetsANotice() {
        portal.loggedIn = ANNA;
        portal.accessible.put(ANNA, List.of());

        open(null);

        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-no-account")).getText())
                .startsWith("Der er ingen konto at vise.");
        assertThat(_find(TextField.class)).isEmpty();
    }

    @Test
    void aQuerySideThatDoesNotAnswerGivesANoticeNotAnError() {
        portal.querySideDown = true;

        open(null);

        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-unavailable")).getText())
                .startsWith("Oplysningerne kan ikke hentes eller gemmes lige nu.");
        assertThat(_find(Button.class, spec -> spec.withId("profile-save"))).isEmpty();
    }

    @Test
    void thePageTitleNamesThePageAndTheScheme() {
        ProfileView view = open(null);

        assertThat(view.getPageTitle()).isEqualTo("Brugeroplysninger – GladsaxeKortet");
    }

    @Test
    void englishIsAvailable() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        open(null);

        assertThat(field("name").getLabel()).isEqualTo("Name");
        assertThat(units().getLabel()).isEqualTo("GladsaxeKortet may be used at these units:");
        assertThat(blockButton(CHRISTIAN_ACCOUNT).getText()).isEqualTo("Block card");
    }

    // --- saving

    @Test
    void missingRequiredFieldsAndABadPostalCodeAreMarkedNextToTheFieldsAndNothingIsSent() {
        open(null);
        _setValue(field("name"), "");
        _setValue(field("postalCode"), "12");
        _setValue(field("email"), "christian-at-example");

        _click(saveButton());

        assertThat(field("name").isInvalid()).isTrue();
        assertThat(field("name").getErrorMessage()).isEqualTo("Skal udfyldes.");
        assertThat(field("postalCode").isInvalid()).isTrue();
        assertThat(field("postalCode").getErrorMessage()).isEqualTo("Postnummeret skal være 4 cifre.");
        assertThat(field("email").getErrorMessage()).startsWith("Skriv en gyldig e-mailadresse");
        assertThat(field("city").isInvalid()).isFalse();
        assertThat(saveMessage()).isEqualTo("Ret de markerede felter, og klik på \"Gem\" igen.");
        assertThat(portal.sent).isEmpty();
    }

    @Test
    void aValidSaveSendsTheNewContactDetailsInTheCitizensName() {
        open(null);
        _setValue(field("address"), "  Rådhus Alle 7 ");
        _setValue(field("postalCode"), "2860");
        _setValue(field("city"), "Søborg");
        _setValue(field("phone"), "71995445");

        _click(saveButton());

        assertThat(portal.sent).containsExactly(new ChangeContactDetails(CHRISTIAN, new ContactDetails(
                "Christian Harms", "christian@example.dk", "Rådhus Alle 7", "2860", "Søborg", "71995445",
                "20304050")));
        assertThat(portal.sentMetaData.get(0)).containsEntry(Metadata.ACTOR, "citizen:" + CHRISTIAN)
                .containsEntry(Metadata.CHANNEL, "PORTAL");
        expectNotifications("Brugeroplysningerne er gemt.");
        assertThat(field("address").isInvalid()).isFalse();
    }

    @Test
    void savingTwiceWithoutChangesSendsNothingTheSecondTime() {
        open(null);
        _setValue(field("city"), "Søborg");
        _click(saveButton());
        portal.sent.clear();

        _click(saveButton());

        assertThat(portal.sent).isEmpty();
        assertThat(saveMessage()).isEqualTo("Der er ingen ændringer at gemme.");
    }

    @Test
    void uncheckingAUnitSendsChangeAllowedUnitsForTheAccount() {
        open(null);
        Set<UnitKind> withoutCinema = EnumSet.complementOf(EnumSet.of(UnitKind.CINEMA));
        _setValue(units(), withoutCinema);

        _click(saveButton());

        assertThat(portal.sent).containsExactly(new ChangeAllowedUnits(CHRISTIAN_ACCOUNT, withoutCinema));
        expectNotifications("Brugeroplysningerne er gemt.");
    }

    @Test
    void unitsOfAPersonImportedWithoutDetailsCanBeSavedWithoutFillingInTheAddress() {
        open(RELATION_ACCOUNT);
        _setValue(units(), EnumSet.of(UnitKind.SCHOOL));

        _click(saveButton());

        assertThat(portal.sent).containsExactly(new ChangeAllowedUnits(RELATION_ACCOUNT, EnumSet.of(UnitKind.SCHOOL)));
    }

    @Test
    void detailsOfAPersonImportedWithoutDetailsAreCheckedOnceTheyAreEdited() {
        open(RELATION_ACCOUNT);
        _setValue(field("email"), "relation@example.dk");

        _click(saveButton());

        assertThat(field("address").getErrorMessage()).isEqualTo("Skal udfyldes.");
        assertThat(field("postalCode").getErrorMessage()).isEqualTo("Skal udfyldes.");
        assertThat(field("city").getErrorMessage()).isEqualTo("Skal udfyldes.");
        assertThat(portal.sent).isEmpty();

        _setValue(field("address"), "Højvangen 4");
        _setValue(field("postalCode"), "3480");
        _setValue(field("city"), "Fredensborg");
        _click(saveButton());

        assertThat(portal.sent(ChangeContactDetails.class)).singleElement().satisfies(change -> {
            assertThat(change.citizenId()).isEqualTo(RELATION);
            assertThat(change.details().name()).isEqualTo("Test Harms Relation");
            assertThat(change.details().email()).isEqualTo("relation@example.dk");
        });
    }

    @Test
    void aRefusalFromTheLedgerIsShownInDanish() {
        portal.refusals.put(ChangeContactDetails.class, RejectionCode.INVALID_REQUEST);
        open(null);
        _setValue(field("city"), "Søborg");

        _click(saveButton());

        assertThat(saveMessage()).isEqualTo("Oplysningerne blev afvist. Kontroller felterne, og prøv igen.");
    }

    // --- photo

    @Test
    void theCurrentPhotoIsShownWithAnAltText() {
        portal.photos.put(CHRISTIAN, TestImages.jpeg(TestImages.halves(60, 80)));

        open(null);

        Image image = _get(Image.class, spec -> spec.withId("profile-photo-image"));
        assertThat(image.getAlt()).contains("Billede til kortet af Christian Harms");
        assertThat(_find(Paragraph.class, spec -> spec.withId("profile-photo-none"))).isEmpty();
    }

    @Test
    void withoutAPhotoTheSectionSaysSo() {
        open(null);

        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-photo-none")).getText())
                .isEqualTo("Der er endnu intet billede til kortet.");
    }

    @Test
    void anUploadedPngIsReencodedAndSavedAsJpegWithGem() {
        open(null);

        upload("billede.png", "image/png", TestImages.png(TestImages.halves(1200, 1600)));

        assertThat(portal.sent).isEmpty();
        assertThat(photoMessage()).isEqualTo("Det nye billede gemmes, når du klikker på \"Gem\".");
        assertThat(_get(Image.class, spec -> spec.withId("profile-photo-image")).getAlt())
                .contains("Nyt billede til kortet af Christian Harms (ikke gemt endnu)");

        _click(saveButton());

        ChangeCardPhoto change = portal.sent(ChangeCardPhoto.class).get(0);
        assertThat(change.citizenId()).isEqualTo(CHRISTIAN);
        assertThat(change.jpeg()[0] & 0xFF).isEqualTo(0xFF);
        assertThat(change.jpeg()[1] & 0xFF).isEqualTo(0xD8);
        assertThat(TestImages.read(change.jpeg()).getWidth()).isEqualTo(600);
        assertThat(photoMessage()).isEmpty();
    }

    @Test
    void aGifIsRefusedNextToTheUploadAndNothingIsSaved() {
        open(null);

        upload("billede.gif", "image/gif", TestImages.gif(TestImages.halves(50, 50)));

        assertThat(photoMessage()).isEqualTo(
                "Filen er ikke et JPEG- eller PNG-billede. Vælg et billede i JPEG- eller PNG-format.");
        _click(saveButton());
        assertThat(portal.sent).isEmpty();
    }

    @Test
    void aTextFileNamedLikeAPictureIsRefused() {
        open(null);

        upload("billede.jpg", "image/jpeg", "ikke et billede".getBytes());

        assertThat(photoMessage()).startsWith("Filen er ikke et JPEG- eller PNG-billede.");
    }

    @Test
    void aPhotoLargerThanFiveMegabytesIsRefused() {
        open(null);
        byte[] large = java.util.Arrays.copyOf(TestImages.png(TestImages.halves(10, 10)),
                CardPhotoEncoder.MAX_UPLOAD_BYTES + 10);

        upload("stort.png", "image/png", large);

        assertThat(photoMessage()).isEqualTo("Billedet er for stort. Vælg et billede på højst 5 MB.");
    }

    // --- card actions

    @Test
    void spaerKortSendsBlockCardAndTheButtonBecomesAktiverKort() {
        open(null);

        _click(blockButton(CHRISTIAN_ACCOUNT));

        assertThat(portal.sent).as("facts only: the block itself records who and where")
                .containsExactly(new BlockCard(CHRISTIAN_ACCOUNT, null));
        assertThat(blockButton(CHRISTIAN_ACCOUNT).getText()).isEqualTo("Aktiver kort");
        assertThat(cellTexts(_get(NativeTableRow.class, spec -> spec.withId("profile-card-" + CHRISTIAN_ACCOUNT))))
                .contains("Spærret");
        assertThat(cardsMessage()).isEqualTo("Kortet er spærret.");

        _click(blockButton(CHRISTIAN_ACCOUNT));

        assertThat(portal.sent).last().isEqualTo(new UnblockCard(CHRISTIAN_ACCOUNT));
        assertThat(blockButton(CHRISTIAN_ACCOUNT).getText()).isEqualTo("Spær kort");
    }

    @Test
    void aBlockConfirmedByTheLedgerIsShownEvenWhileTheReadSideLags() {
        portal.readSideLags = true;
        open(null);

        _click(blockButton(CHRISTIAN_ACCOUNT));

        assertThat(blockButton(CHRISTIAN_ACCOUNT).getText()).isEqualTo("Aktiver kort");
    }

    @Test
    void aLaggingReadSideIsAskedAgainByPollingUntilItShowsTheBlockAndThenNoMore() {
        portal.readSideLags = true;
        open(null, 60_000);
        _click(blockButton(CHRISTIAN_ACCOUNT));
        assertThat(UI.getCurrent().getPollInterval()).as("polling while the read side lags").isPositive();

        portal.readSideCatchesUp();
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(UI.getCurrent().getPollInterval()).as("polling stops once it agrees").isNegative();
        assertThat(blockButton(CHRISTIAN_ACCOUNT).getText()).isEqualTo("Aktiver kort");
        assertThat(cellTexts(_get(NativeTableRow.class, spec -> spec.withId("profile-card-" + CHRISTIAN_ACCOUNT))))
                .contains("Spærret");
    }

    @Test
    void aBlockStaffSetHasNoOphaevButtonAndSaysToContactSupport() {
        portal.status(CHRISTIAN_ACCOUNT, AccountStatus.BLOCKED, BlockOrigin.STAFF);
        open(null);

        assertThat(_find(Button.class, spec -> spec.withId("profile-block-" + CHRISTIAN_ACCOUNT))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("profile-staff-block-" + CHRISTIAN_ACCOUNT)).getText())
                .isEqualTo("Kortet er spærret af kommunen. Kontakt support for at få spærringen ophævet.");
    }

    @Test
    void theLedgersRefusalToLiftAStaffBlockIsShownInDanish() {
        // the read side still shows the citizen's own block; staff took it over meanwhile
        portal.status(CHRISTIAN_ACCOUNT, AccountStatus.BLOCKED, BlockOrigin.CITIZEN);
        portal.refusals.put(UnblockCard.class, RejectionCode.CARD_BLOCKED_BY_STAFF);
        open(null);

        _click(blockButton(CHRISTIAN_ACCOUNT));

        assertThat(cardsMessage())
                .isEqualTo("Kortet er spærret af kommunen. Kontakt support for at få spærringen ophævet.");
    }

    @Test
    void anOrderedCardSaysTheAddressItIsSentToAsRecordedWhenOrdered() {
        open(null);
        _click(orderButton(CHRISTIAN_ACCOUNT));
        _click(_get(Button.class, spec -> spec.withId("profile-order-confirm")));

        assertThat(_get(Span.class, spec -> spec.withId("profile-card-pending-" + CHRISTIAN_ACCOUNT)).getText())
                .isEqualTo("Nyt kort " + CardNumber.parse(FakePortal.NEW_CARD_NUMBER).masked()
                        + " sendes til Højvangen 4, 3480 Fredensborg");
    }

    @Test
    void orderingIsOffBelow25KronerAndSaysWhy() {
        open(RELATION_ACCOUNT);

        assertThat(orderButton(RELATION_ACCOUNT).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("profile-order-reason-" + RELATION_ACCOUNT)).getText())
                .isEqualTo("Saldo skal være min. 25,00 kr. for at bestille et nyt kort (saldo nu 10,00 kr.).");
    }

    @Test
    void orderingAsksWithTheGuidesTextsThenSendsTheOrderAndShowsTheNewCardNumber() {
        open(null);

        _click(orderButton(CHRISTIAN_ACCOUNT));

        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-order-fee")).getText()).isEqualTo(
                "Bemærk: Saldo skal være min. 25,- Da der trækkes 25,- fra kontoen til at dække udgifter til "
                        + "produktion og fragt af det nye kort.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-order-address")).getText())
                .isEqualTo("Kortet sendes til adressen angivet i Brugeroplysninger: Højvangen 4, 3480 Fredensborg");
        assertThat(portal.sent).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("profile-order-confirm")));

        assertThat(portal.sent(OrderReplacementCard.class)).singleElement().satisfies(order -> {
            assertThat(order.accountId()).isEqualTo(CHRISTIAN_ACCOUNT);
            assertThat(order.orderId()).isNotBlank();
        });
        assertThat(cardsMessage()).contains("88776655");
        assertThat(cellTexts(_get(NativeTableRow.class, spec -> spec.withId("profile-card-" + CHRISTIAN_ACCOUNT))))
                .contains("40,00 kr.");
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void cancellingTheOrderDialogSendsNothing() {
        open(null);
        _click(orderButton(CHRISTIAN_ACCOUNT));

        _click(_get(Button.class, spec -> spec.withId("profile-order-cancel")));

        assertThat(portal.sent).isEmpty();
    }

    @Test
    void theLedgersRefusalForLowFundsIsShownInDanish() {
        portal.setBalance(CHRISTIAN_ACCOUNT, 3000); // the read side says 30,00 kr.; the ledger knows better
        portal.refusals.put(OrderReplacementCard.class, RejectionCode.INSUFFICIENT_FUNDS);
        open(null);

        _click(orderButton(CHRISTIAN_ACCOUNT));
        _click(_get(Button.class, spec -> spec.withId("profile-order-confirm")));

        assertThat(cardsMessage()).isEqualTo("Saldoen er for lav. Saldo skal være min. 25,- for at bestille et nyt kort.");
    }

    @Test
    void aSecondOrderIsRefusedWithTheGuidesExplanation() {
        portal.refusals.put(OrderReplacementCard.class, RejectionCode.REPLACEMENT_ALREADY_ORDERED);
        open(null);

        _click(orderButton(CHRISTIAN_ACCOUNT));
        _click(_get(Button.class, spec -> spec.withId("profile-order-confirm")));

        assertThat(cardsMessage()).startsWith("Der er allerede bestilt et nyt kort til kontoen.");
    }

    @Test
    void withoutAnAddressOnFileACardCannotBeOrdered() {
        portal.setBalance(RELATION_ACCOUNT, 5000);
        open(RELATION_ACCOUNT);

        _click(orderButton(RELATION_ACCOUNT));

        assertThat(_get(Button.class, spec -> spec.withId("profile-order-confirm")).isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-order-no-address")).getText())
                .startsWith("Der er ingen adresse at sende kortet til.");
    }

    // --- temporary card (Midlertidigt kort, decision record 21)

    @Test
    void anAccountWhoseCardWorksIsOfferedNoTemporaryCard() {
        open(null);

        assertThat(_find(Button.class, spec -> spec.withId("profile-temporary-" + CHRISTIAN_ACCOUNT))).isEmpty();
    }

    @Test
    void aBlockedCardOffersATemporaryCardWithItsQrCodeNumberAndLastDay() {
        open(null);
        _click(blockButton(CHRISTIAN_ACCOUNT));

        _click(_get(Button.class, spec -> spec.withId("profile-temporary-" + CHRISTIAN_ACCOUNT)));

        assertThat(portal.sent).last().isEqualTo(new dk.kantinekort.api.tempcard.IssueTemporaryCard(CHRISTIAN_ACCOUNT));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("temporary-card-number"))
                .getText()).isEqualTo("MK00 0000 0112 3456 7890");
        assertThat(_get(Paragraph.class, spec -> spec.withId("temporary-card-expires")).getText())
                .isEqualTo("Gælder til 10-03-2026 12:00");
        assertThat(_get(com.vaadin.flow.component.Html.class, spec -> spec.withId("temporary-card-qr"))
                .getInnerHtml()).contains("<svg", "aria-label=\"QR-kode til det midlertidige kort\"");
    }

    @Test
    void theCitizenEndsTheTemporaryCardFromItsDialog() {
        open(null);
        _click(blockButton(CHRISTIAN_ACCOUNT));
        _click(_get(Button.class, spec -> spec.withId("profile-temporary-" + CHRISTIAN_ACCOUNT)));

        _click(_get(Button.class, spec -> spec.withId("temporary-card-revoke")));

        assertThat(portal.sent).last().isEqualTo(new dk.kantinekort.api.tempcard.RevokeTemporaryCard(CHRISTIAN_ACCOUNT));
        assertThat(cardsMessage()).isEqualTo("Det midlertidige kort er lukket.");
    }

    @Test
    void withTheTemporaryCardSwitchedOffNoneIsOfferedButTheCardIsStillBlockedAlone() {
        ProfileView view = new ProfileView(portal.accountSelection(), new ProfileQueries(portal.queryGateway),
                portal.portalCommands(), new Branding("GladsaxeKortet"),
                new MyDataFile(portal.queryGateway, portal.currentCitizen), 0,
                dk.kantinekort.api.scheme.SchemeParts.allBut(dk.kantinekort.api.scheme.SchemePart.TEMPORARY_CARD));
        UI.getCurrent().add(view);
        view.show(java.util.Optional.empty());
        _click(blockButton(CHRISTIAN_ACCOUNT));

        assertThat(portal.sent).containsExactly(new BlockCard(CHRISTIAN_ACCOUNT, null));
        assertThat(_find(Button.class, spec -> spec.withId("profile-temporary-" + CHRISTIAN_ACCOUNT))).isEmpty();
    }

    @Test
    void anAccountStaffBlockedSaysSoAndOffersNoTemporaryCard() {
        portal.status(CHRISTIAN_ACCOUNT, AccountStatus.BLOCKED, BlockOrigin.CITIZEN);
        portal.accountBlocked(CHRISTIAN_ACCOUNT);
        open(null);

        assertThat(_get(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withId("profile-account-block-" + CHRISTIAN_ACCOUNT)).getText())
                .isEqualTo("Kontoen er spærret af kommunen. Kontakt support for at få spærringen ophævet.");
        assertThat(_find(Button.class, spec -> spec.withId("profile-temporary-" + CHRISTIAN_ACCOUNT))).isEmpty();
    }

    // --- helpers

    private ProfileView open(String konto) {
        return open(konto, 0);
    }

    private ProfileView open(String konto, long readModelWaitMillis) {
        ProfileView view = new ProfileView(portal.accountSelection(), new ProfileQueries(portal.queryGateway),
                portal.portalCommands(), new Branding("GladsaxeKortet"),
                new MyDataFile(portal.queryGateway, portal.currentCitizen), readModelWaitMillis);
        UI.getCurrent().add(view);
        BeforeEnterEvent event = Mockito.mock(BeforeEnterEvent.class);
        Mockito.when(event.getLocation()).thenReturn(
                new Location(konto == null ? "brugeroplysninger" : "brugeroplysninger?konto=" + konto));
        view.beforeEnter(event);
        return view;
    }

    private static TextField field(String name) {
        return _get(TextField.class, spec -> spec.withId("profile-" + name));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<UnitKind> units() {
        return _get(CheckboxGroup.class, spec -> spec.withId("profile-units"));
    }

    private static Button saveButton() {
        return _get(Button.class, spec -> spec.withId("profile-save"));
    }

    private static Button blockButton(String accountId) {
        return _get(Button.class, spec -> spec.withId("profile-block-" + accountId));
    }

    private static Button orderButton(String accountId) {
        return _get(Button.class, spec -> spec.withId("profile-order-" + accountId));
    }

    private static String saveMessage() {
        return _get(Paragraph.class, spec -> spec.withId("profile-save-message")).getText();
    }

    private static String cardsMessage() {
        return _get(Paragraph.class, spec -> spec.withId("profile-cards-message")).getText();
    }

    private static String photoMessage() {
        return _get(Span.class, spec -> spec.withId("profile-photo-message")).getText();
    }

    private static void upload(String fileName, String mimeType, byte[] bytes) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("profile-photo-upload")), fileName, mimeType, bytes);
    }

    private static List<String> cellTexts(NativeTableRow row) {
        return row.getDataCells().stream().map(Component::getElement).map(e -> e.getTextRecursively())
                .collect(Collectors.toList());
    }
}
