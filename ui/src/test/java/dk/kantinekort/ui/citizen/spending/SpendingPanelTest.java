package dk.kantinekort.ui.citizen.spending;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Forbrug on the page: each chart has the same numbers in a table beside it. */
class SpendingPanelTest {

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.forLanguageTag("da-DK"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void theTablesBesideTheChartsCarryTheNumbersInDanish() {
        SpendingPanel panel = new SpendingPanel(SpendingTest.MARCH);
        String text = panel.getElement().getTextRecursively();
        assertThat(text).contains("Forbrug pr. uge", "uge 10", "17,00 kr.", "uge 11", "5,00 kr.",
                "Forbrug pr. sted", "Gladsaxe Skole", "19,00 kr.", "Gladsaxe Bio", "3,00 kr.");
        assertThat(panel.getChildren().filter(c -> c.getId().filter(id -> id.startsWith("spending-")).isPresent()))
                .hasSize(2);
    }

    @Test
    void aPeriodWithoutPurchasesSaysSo() {
        SpendingPanel panel = new SpendingPanel(List.of(SpendingTest.MARCH.get(0)));
        assertThat(panel.getElement().getTextRecursively()).contains("Der er ikke købt noget i perioden.");
    }
}
