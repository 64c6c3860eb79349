package dk.kantinekort.ui.citizen.profile;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import dk.kantinekort.api.account.UnitKind;
import java.util.EnumSet;
import java.util.Set;

/** "…skal kunne benyttes i følgende enheder": one checkbox per kind of municipal unit, in the guide's order. */
class UnitChoice extends CheckboxGroup<UnitKind> {

    UnitChoice(String schemeName) {
        setItems(UnitKind.values());
        setId("profile-units");
        setLabel(getTranslation("profile.units.label", schemeName));
        setItemLabelGenerator(kind -> getTranslation("profile.unit." + kind.name()));
    }

    /** The ticked kinds as an enum set (never null), ready for a command. */
    Set<UnitKind> chosen() {
        Set<UnitKind> chosen = getValue();
        return chosen == null || chosen.isEmpty() ? EnumSet.noneOf(UnitKind.class) : EnumSet.copyOf(chosen);
    }

    void choose(Set<UnitKind> units) {
        setValue(units == null ? Set.of() : units);
    }
}
