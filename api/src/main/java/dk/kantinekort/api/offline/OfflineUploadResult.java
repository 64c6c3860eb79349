package dk.kantinekort.api.offline;

import java.util.List;

/** What became of each sale of an upload, in the order the till sent them. */
public record OfflineUploadResult(List<OfflineSaleResult> results) {
}
