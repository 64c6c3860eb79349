package dk.kantinekort.command.schoolyear;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Internal: every row of the import was handled (sent by {@link SchoolYearImportRunner}). */
public record FinishSchoolYearImport(@TargetAggregateIdentifier String importId) {
}
