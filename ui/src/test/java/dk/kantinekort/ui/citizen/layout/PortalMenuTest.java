package dk.kantinekort.ui.citizen.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PortalMenuTest {

    @Test
    void withoutSettingsThePagesOfLaterWorkStayHidden() {
        PortalMenu menu = new PortalMenu(new MockEnvironment());

        assertThat(menu.items()).containsExactly(MenuItem.KONTI, MenuItem.BRUGEROPLYSNINGER, MenuItem.KONTOUDSKRIFT,
                MenuItem.HJAELP);
        assertThat(menu.isEnabled(MenuItem.INDBETALING)).isFalse();
    }

    @Test
    void aCommaSeparatedSettingSwitchesItemsOnInTheGuidesOrder() {
        PortalMenu menu = new PortalMenu(new MockEnvironment()
                .withProperty("canteen.portal.menu", "hjaelp, Indbetaling,konti,nonsense"));

        assertThat(menu.items()).containsExactly(MenuItem.KONTI, MenuItem.INDBETALING, MenuItem.HJAELP);
    }

    @Test
    void aYamlListWorksToo() {
        PortalMenu menu = new PortalMenu(new MockEnvironment()
                .withProperty("canteen.portal.menu[0]", "konti")
                .withProperty("canteen.portal.menu[1]", "webshop"));

        assertThat(menu.items()).containsExactly(MenuItem.KONTI, MenuItem.WEBSHOP);
    }
}
