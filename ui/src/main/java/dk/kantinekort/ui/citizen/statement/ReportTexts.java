package dk.kantinekort.ui.citizen.statement;

/**
 * The report's words, looked up by message key ({@code statement.*} in the vaadin-i18n bundles). Views pass
 * {@code this::getTranslation}; tests read the bundle files, so the builders need no running Vaadin.
 */
@FunctionalInterface
interface ReportTexts {

    String text(String key, Object... params);
}
