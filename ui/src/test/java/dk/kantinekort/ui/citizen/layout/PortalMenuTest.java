package dk.kantinekort.ui.citizen.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PortalMenuTest {

    @Test
    void withoutSettingsThePagesOfLaterWorkStayHidden() {
        PortalMenu menu = new PortalMenu(new MockEnvironment());

        assertThat(menu.items()).containsExactly(MenuItem.ACCOUNTS, MenuItem.PROFILE, MenuItem.STATEMENT,
                MenuItem.HELP);
        assertThat(menu.isEnabled(MenuItem.PAYMENTS)).isFalse();
    }

    @Test
    void aCommaSeparatedSettingSwitchesItemsOnInTheGuidesOrder() {
        PortalMenu menu = new PortalMenu(new MockEnvironment()
                .withProperty("canteen.portal.menu", "hjaelp, Indbetaling,konti,nonsense"));

        assertThat(menu.items()).containsExactly(MenuItem.ACCOUNTS, MenuItem.PAYMENTS, MenuItem.HELP);
    }

    @Test
    void aYamlListWorksToo() {
        PortalMenu menu = new PortalMenu(new MockEnvironment()
                .withProperty("canteen.portal.menu[0]", "konti")
                .withProperty("canteen.portal.menu[1]", "webshop"));

        assertThat(menu.items()).containsExactly(MenuItem.ACCOUNTS, MenuItem.WEBSHOP);
    }
}
