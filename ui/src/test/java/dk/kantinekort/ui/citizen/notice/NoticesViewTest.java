package dk.kantinekort.ui.citizen.notice;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN_CARD;
import static dk.kantinekort.ui.testing.TestData.RELATION_CARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.notice.ChooseNotices;
import dk.kantinekort.api.notice.FindNoticeChoice;
import dk.kantinekort.api.notice.NoticeChoice;
import dk.kantinekort.api.notice.NoticeDelivery;
import dk.kantinekort.api.notice.NoticeKind;
import dk.kantinekort.api.notice.StopNotices;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.citizen.account.MyAccountsView;
import dk.kantinekort.ui.citizen.relation.AddAccountView;
import dk.kantinekort.ui.citizen.relation.ApproveLinksView;
import dk.kantinekort.ui.testing.PortalUiTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(classes = NoticesViewTest.Notices.class)
class NoticesViewTest extends PortalUiTest {

    @Configuration
    @Import(NoticeChoices.class)
    static class Notices {
        @Bean
        SchemeParts schemeParts() {
            return SchemeParts.allOn();
        }
    }

    @Override
    protected Set<Class<? extends Component>> routes() {
        return Set.of(MyAccountsView.class, AddAccountView.class, ApproveLinksView.class, NoticesView.class);
    }

    @BeforeEach
    void christianIsLoggedIn() {
        citizen.logIn(CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD, RELATION_CARD));
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
        queries.answer(FindCitizenProfile.class, q -> new CitizenProfile(CHRISTIAN, "270182-",
                new ContactDetails("Christian Harms", "christian@example.dk", null, null, null, null, null), false));
        queries.answer(FindNoticeChoice.class, q -> null);
        commands.answer(ChooseNotices.class, c -> null);
        commands.answer(StopNotices.class, c -> null);
    }

    @Test
    void withoutAChoiceTheFormStartsWithNothingChosenAndTheProfilesEmail() {
        open("notifikationer?konto=" + RELATION_CARD.accountId());

        assertThat(_get(Paragraph.class, s -> s.withId("notices-account")).getText()).contains("04579A22352680");
        assertThat(_get(Checkbox.class, s -> s.withId("notices-kind-purchase")).getValue()).isFalse();
        assertThat(_get(EmailField.class, s -> s.withId("notices-email")).getValue()).isEqualTo("christian@example.dk");
        assertThat(_find(Button.class, s -> s.withId("notices-stop"))).as("nothing to stop").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void savingSendsTheChoiceForTheAccountInTheCitizensName() {
        open("notifikationer?konto=" + RELATION_CARD.accountId());
        _get(Checkbox.class, s -> s.withId("notices-kind-purchase")).setValue(true);
        _get(Checkbox.class, s -> s.withId("notices-kind-low-balance")).setValue(true);
        _get(IntegerField.class, s -> s.withId("notices-threshold")).setValue(40);
        ((RadioButtonGroup<NoticeDelivery>) _get(RadioButtonGroup.class, s -> s.withId("notices-delivery")))
                .setValue(NoticeDelivery.DAILY_DIGEST);
        _click(_get(Button.class, s -> s.withId("notices-save")));

        assertThat(commands.sent(ChooseNotices.class)).containsExactly(new ChooseNotices(RELATION_CARD.accountId(),
                EnumSet.of(NoticeKind.PURCHASE, NoticeKind.LOW_BALANCE), Money.ofKroner(40),
                NoticeDelivery.DAILY_DIGEST, "christian@example.dk"));
        assertThat(commands.metaData(ChooseNotices.class).get(0).get(Metadata.ACTOR))
                .isEqualTo(Metadata.citizen(CHRISTIAN));
        assertThat(_get(Paragraph.class, s -> s.withId("notices-status")).getText())
                .isEqualTo("Dine notifikationer er gemt.");
    }

    @Test
    void nothingChosenABadAmountOrABadAddressIsSaidNextToTheFieldAndNothingIsSent() {
        open("notifikationer?konto=" + CHRISTIAN_CARD.accountId());
        _click(_get(Button.class, s -> s.withId("notices-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("notices-kinds-problem")).isVisible()).isTrue();

        _get(Checkbox.class, s -> s.withId("notices-kind-low-balance")).setValue(true);
        _get(IntegerField.class, s -> s.withId("notices-threshold")).setValue(0);
        _get(EmailField.class, s -> s.withId("notices-email")).setValue("christian@");
        _click(_get(Button.class, s -> s.withId("notices-save")));

        assertThat(_get(IntegerField.class, s -> s.withId("notices-threshold")).getErrorMessage())
                .isEqualTo("Skriv et beløb fra 1 til 5.000 kr.");
        assertThat(_get(EmailField.class, s -> s.withId("notices-email")).isInvalid()).isTrue();
        assertThat(commands.sent(ChooseNotices.class)).isEmpty();
    }

    @Test
    void anExistingChoiceIsShownAndCanBeStopped() {
        queries.answer(FindNoticeChoice.class, q -> new NoticeChoice(q.accountId(), CHRISTIAN,
                EnumSet.of(NoticeKind.DECLINED_PURCHASE), null, NoticeDelivery.INSTANT, "far@example.dk"));
        open("notifikationer?konto=" + CHRISTIAN_CARD.accountId());

        assertThat(_get(Checkbox.class, s -> s.withId("notices-kind-declined-purchase")).getValue()).isTrue();
        assertThat(_get(EmailField.class, s -> s.withId("notices-email")).getValue()).isEqualTo("far@example.dk");
        _click(_get(Button.class, s -> s.withId("notices-stop")));

        assertThat(commands.sent(StopNotices.class)).containsExactly(new StopNotices(CHRISTIAN_CARD.accountId()));
        assertThat(_get(Paragraph.class, s -> s.withId("notices-status")).getText())
                .isEqualTo("Du får ikke flere notifikationer om kontoen.");
    }

    @Test
    void mineKontiOffersNotifikationerPerAccount() {
        open("");
        TreeGrid<?> grid = _get(TreeGrid.class, s -> s.withId("accounts"));
        assertThat(_find(_getCellComponent(grid, 0, "actions"), Button.class)).extracting(Button::getText)
                .contains("Notifikationer");
    }
}
