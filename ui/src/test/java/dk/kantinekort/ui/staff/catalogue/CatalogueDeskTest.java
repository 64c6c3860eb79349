package dk.kantinekort.ui.staff.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.money.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogueDeskTest {

    @Test
    void aPriceIsTypedInKronerTheDanishWayOrWithAPoint() {
        assertThat(CatalogueDesk.kroner("35")).contains(Money.ofOre(3_500));
        assertThat(CatalogueDesk.kroner(" 35,5 ")).contains(Money.ofOre(3_550));
        assertThat(CatalogueDesk.kroner("35.50")).contains(Money.ofOre(3_550));
        assertThat(CatalogueDesk.kroner("1.250,00")).contains(Money.ofKroner(1_250));
        assertThat(CatalogueDesk.kroner("1.250")).as("a thousands separator").contains(Money.ofKroner(1_250));
        assertThat(CatalogueDesk.kroner("0,01")).contains(Money.ofOre(1));
    }

    @Test
    void aPriceMustBePositiveAtMostTheLargestDepositAndInWholeOre() {
        assertThat(CatalogueDesk.kroner("0")).isEqualTo(Optional.empty());
        assertThat(CatalogueDesk.kroner("5.000,01")).isEmpty();
        assertThat(CatalogueDesk.kroner("5000,00")).contains(Money.ofKroner(5_000));
        assertThat(CatalogueDesk.kroner("35,555")).isEmpty();
        assertThat(CatalogueDesk.kroner("-35")).isEmpty();
        assertThat(CatalogueDesk.kroner("35 kr.")).isEmpty();
        assertThat(CatalogueDesk.kroner("")).isEmpty();
        assertThat(CatalogueDesk.kroner(null)).isEmpty();
    }
}
