package dk.kantinekort.command.payment.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.payment.PaymentPageLinks;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The provider is given addresses on the portal's configured public address only, never one a request named. */
class HostedPageLinksTest {

    static final ProviderAddresses PORTAL = new ProviderAddresses("https://kort.gladsaxe.dk", "");

    @Test
    void theWebhookAddressIsThePublicAddressPlusPspWebhooksUnlessConfigured() {
        assertThat(PORTAL.webhookUrl()).isEqualTo(URI.create("https://kort.gladsaxe.dk/psp/webhooks"));
        assertThat(new ProviderAddresses("https://kort.gladsaxe.dk/portal/", "https://hooks.gladsaxe.dk/psp")
                .webhookUrl()).isEqualTo(URI.create("https://hooks.gladsaxe.dk/psp"));
    }

    @Test
    void linksOnThePublicAddressAreTakenWithTheConfiguredWebhookAddress() {
        HostedPageLinks links = HostedPageLinks.of(new PaymentPageLinks(
                "https://kort.gladsaxe.dk/indbetaling/kvittering?indbetaling=d-1",
                "https://kort.gladsaxe.dk/indbetaling/kvittering?indbetaling=d-1&annulleret=1",
                "https://kort.gladsaxe.dk/betingelser"), PORTAL);

        assertThat(links.returnUrl()).hasHost("kort.gladsaxe.dk");
        assertThat(links.webhookUrl()).isEqualTo(URI.create("https://kort.gladsaxe.dk/psp/webhooks"));
    }

    @Test
    void linksBuiltFromAForgedHostHeaderAreRefused() {
        for (String forged : new String[] {"https://attacker.example/indbetaling/kvittering",
                "http://kort.gladsaxe.dk/indbetaling/kvittering", "https://kort.gladsaxe.dk.attacker.example/x",
                "https://kort.gladsaxe.dk:8443/x", "https://user@kort.gladsaxe.dk/x", "/indbetaling/kvittering",
                "javascript:alert(1)"}) {
            assertThatThrownBy(() -> HostedPageLinks.of(new PaymentPageLinks(forged,
                    "https://kort.gladsaxe.dk/x", "https://kort.gladsaxe.dk/betingelser"), PORTAL))
                    .as(forged).satisfies(e -> assertThat(RejectedException.rejectionOf(e))
                            .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RejectionCode.INVALID_REQUEST)));
        }
    }

    @Test
    void aPathOutsideThePortalsBaseIsRefused() {
        ProviderAddresses underPath = new ProviderAddresses("https://kommune.dk/kantinekort", "");
        assertThatThrownBy(() -> HostedPageLinks.of(new PaymentPageLinks("https://kommune.dk/kantinekort/../andet",
                "https://kommune.dk/kantinekort/x", "https://kommune.dk/kantinekort/betingelser"), underPath))
                .isInstanceOf(RejectedException.class);
        assertThat(underPath.webhookUrl()).isEqualTo(URI.create("https://kommune.dk/kantinekort/psp/webhooks"));
    }

    @Test
    void theCommandSideDoesNotStartWithoutAnAbsolutePublicAddress() {
        assertThatThrownBy(() -> new ProviderAddresses("", "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("canteen.portal.public-url");
        assertThatThrownBy(() -> new ProviderAddresses("kort.gladsaxe.dk", "")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ProviderAddresses("https://kort.gladsaxe.dk", "ftp://x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("canteen.psp.webhook-url");
    }
}
