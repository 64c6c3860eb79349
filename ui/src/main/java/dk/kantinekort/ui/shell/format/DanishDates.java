package dk.kantinekort.ui.shell.format;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date fields the Danish way: dd-MM-yyyy (the guide's "dd-mm-åååå"), weeks from Monday, names in the UI language. */
public final class DanishDates {

    /** The format shown and the first one tried when parsing what was typed. */
    public static final String FORMAT = "dd-MM-yyyy";

    private DanishDates() {
    }

    /**
     * The picker's texts for a locale; {@code today}, {@code cancel} and {@code badInput} are the portal's own
     * words from the bundles. Also accepts 1-3-2026, 01.03.2026 and 01032026 when typed.
     */
    public static DatePicker.DatePickerI18n i18n(Locale locale, String today, String cancel, String badInput) {
        // DatePicker wants the weekdays from Sunday, whatever the first day of the week is
        List<DayOfWeek> fromSunday = Arrays.asList(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setDateFormats(FORMAT, "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "ddMMyyyy")
                .setFirstDayOfWeek(1)
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setToday(today)
                .setCancel(cancel)
                .setBadInputErrorMessage(badInput);
    }
}
