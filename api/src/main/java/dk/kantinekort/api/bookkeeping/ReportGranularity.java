package dk.kantinekort.api.bookkeeping;

/** Whether a bookkeeping report has one period per day or per month. */
public enum ReportGranularity {
    DAY, MONTH
}
