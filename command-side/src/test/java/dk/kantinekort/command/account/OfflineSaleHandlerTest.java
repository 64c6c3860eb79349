package dk.kantinekort.command.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.offline.BookOfflineSales;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's side of the switch: with offline sales switched off, an upload is refused before anything is read. */
class OfflineSaleHandlerTest {

    @Test
    void anUploadIsRefusedWhenTheMunicipalityHasSwitchedOfflineSalesOff() {
        OfflineSaleHandler handler = new OfflineSaleHandler(null, null, null, null,
                SchemeParts.allBut(SchemePart.OFFLINE_SALES), 7500);

        assertThatThrownBy(() -> handler.handle(new BookOfflineSales("till-1", List.of())))
                .isInstanceOf(RejectedException.class).hasMessageContaining("switched off");
    }
}
