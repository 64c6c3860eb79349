package dk.kantinekort.ui.citizen.spending;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.api.spending.ChangeSpendingRules;
import dk.kantinekort.api.spending.FindSpendingRules;
import dk.kantinekort.api.spending.ProductCategory;
import dk.kantinekort.api.spending.SpendingRules;
import dk.kantinekort.ui.citizen.session.SessionFixtures;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.spending.SpendingRulesQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class SpendingRulesViewTest {

    static final String CHILD_ACCOUNT = "account-child";
    static final AccountSummary CHILD = new AccountSummary(CHILD_ACCOUNT, "citizen-child", "Ida Harms", "010112-",
            "Kantinekort", Money.ofOre(6500), AccountStatus.ACTIVE, "1562265116", List.of(),
            EnumSet.allOf(UnitKind.class), Instant.parse("2026-01-01T10:00:00Z"), null);

    final QueryGateway queryGateway = mock(QueryGateway.class);
    final CommandGateway commandGateway = mock(CommandGateway.class);
    final List<Object> sent = new ArrayList<>();
    SpendingRules current = new SpendingRules(Money.ofOre(2000), Map.of(), Set.of(ProductCategory.SLIK));

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.forLanguageTag("da-DK"));
        doAnswer(call -> {
            Object query = call.getArgument(0);
            if (query instanceof FindAccessibleAccounts) {
                return CompletableFuture.completedFuture(List.of(CHILD));
            }
            if (query instanceof FindSpendingRules q) {
                return CompletableFuture.completedFuture(new dk.kantinekort.api.spending.SpendingRulesView(q.accountId(), current, null));
            }
            throw new IllegalArgumentException("Unexpected query " + query);
        }).when(queryGateway).query(any(), any(ResponseType.class));
        doAnswer(call -> {
            sent.add(((CommandMessage<?>) call.getArgument(0)).getPayload());
            return CompletableFuture.completedFuture(null);
        }).when(commandGateway).send(any());
        doCallRealMethod().when(commandGateway).send(any(), any(MetaData.class));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void theAccountsRulesAsLastSetAreShown() {
        open(SchemeParts.allOn());

        assertThat(field("spending-daily").getValue()).isEqualTo("20,00");
        assertThat(field("spending-unit-CINEMA").getValue()).isEmpty();
        assertThat(field("spending-unit-CINEMA").getLabel()).isEqualTo("Biografen");
        assertThat(blocked().getValue()).containsExactly(ProductCategory.SLIK);
        assertThat(blocked().getListDataView().getItems().map(blocked().getItemLabelGenerator()::apply).toList())
                .contains("Måltider", "Slik", "Sodavand", "Ukendt vare");
    }

    @Test
    void savingSendsTheWholeSetOfRulesTypedInKroner() {
        open(SchemeParts.allOn());
        _setValue(field("spending-daily"), "25,5");
        _setValue(field("spending-unit-CINEMA"), "50");
        _setValue(blocked(), Set.of(ProductCategory.SODAVAND, ProductCategory.UKENDT));

        _click(_get(Button.class, spec -> spec.withId("spending-save")));

        assertThat(sent).containsExactly(new ChangeSpendingRules(CHILD_ACCOUNT, new SpendingRules(Money.ofOre(2550),
                Map.of(UnitKind.CINEMA, Money.ofOre(5000)), Set.of(ProductCategory.SODAVAND, ProductCategory.UKENDT))));
        assertThat(status().getText()).isEqualTo("Forbrugsreglerne er gemt. De gælder fra næste køb.");
    }

    @Test
    void anEmptyDailyLimitLiftsIt() {
        open(SchemeParts.allOn());
        _setValue(field("spending-daily"), "");
        _setValue(blocked(), Set.of());

        _click(_get(Button.class, spec -> spec.withId("spending-save")));

        assertThat(sent).containsExactly(new ChangeSpendingRules(CHILD_ACCOUNT, SpendingRules.NONE));
    }

    @Test
    void aLimitThatIsNoAmountIsRefusedNextToTheFieldAndNothingIsSent() {
        open(SchemeParts.allOn());
        _setValue(field("spending-daily"), "tyve");
        _setValue(field("spending-unit-SCHOOL"), "0");

        _click(_get(Button.class, spec -> spec.withId("spending-save")));

        assertThat(sent).isEmpty();
        assertThat(field("spending-daily").isInvalid()).isTrue();
        assertThat(field("spending-daily").getErrorMessage()).startsWith("Skriv et beløb i kroner over 0");
        assertThat(field("spending-unit-SCHOOL").isInvalid()).isTrue();
    }

    @Test
    void thePageIsNotThereWhileTheMunicipalityHasSpendingRulesSwitchedOff() {
        BeforeEnterEvent event = open(SchemeParts.allBut(SchemePart.SPENDING_RULES));

        Mockito.verify(event).rerouteToError(NotFoundException.class);
        assertThat(sent).isEmpty();
    }

    @Test
    void kronerAreReadWithACommaAndThousandsDots() {
        assertThat(KronerInput.parse("20").amount()).contains(Money.ofOre(2000));
        assertThat(KronerInput.parse("20,00 kr.").amount()).contains(Money.ofOre(2000));
        assertThat(KronerInput.parse("1.500,5").amount()).contains(Money.ofOre(150050));
        assertThat(KronerInput.parse(" ").amount()).isEmpty();
        assertThat(KronerInput.parse(" ").valid()).isTrue();
        assertThat(KronerInput.parse("20.5").valid()).isFalse();
        assertThat(KronerInput.parse("-5").valid()).isFalse();
    }

    private BeforeEnterEvent open(SchemeParts parts) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("parts", parts);
        var citizen = SessionFixtures.loggedIn("citizen-parent");
        SpendingRulesView view = new SpendingRulesView(SessionFixtures.accountSelection(queryGateway, citizen),
                new SpendingRulesQueries(queryGateway), SessionFixtures.portalCommands(commandGateway, citizen),
                new Branding("GladsaxeKortet"), beans.getBeanProvider(SchemeParts.class));
        UI.getCurrent().add(view);
        BeforeEnterEvent event = Mockito.mock(BeforeEnterEvent.class);
        Mockito.when(event.getLocation()).thenReturn(new Location("forbrugsregler?konto=" + CHILD_ACCOUNT));
        view.beforeEnter(event);
        return event;
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<ProductCategory> blocked() {
        return _get(CheckboxGroup.class, spec -> spec.withId("spending-blocked"));
    }

    private static Paragraph status() {
        return _get(Paragraph.class, spec -> spec.withId("spending-status"));
    }

}
