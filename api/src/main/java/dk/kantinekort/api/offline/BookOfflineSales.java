package dk.kantinekort.api.offline;

import java.util.List;

/**
 * A till uploads the sales it made offline; answers an {@link OfflineUploadResult}. Each sale is booked on its
 * card's account exactly once (per sale id), the sales of one card in the order they were sold.
 */
public record BookOfflineSales(String tillId, List<OfflineSale> sales) {
}
