package dk.kantinekort.api.spending;

/**
 * What kind of product a till line is, for spending rules (Forbrugsregler) and spending charts. A till may send one
 * per line; otherwise the place's catalogue names it by sku, and a line neither names is {@link #UKENDT} — which a
 * guardian can block too, so a till that sends no categories cannot slip past a block.
 */
public enum ProductCategory {
    /** A meal: lunch, a sandwich, a hot dish. */
    MAALTID,
    FRUGT,
    /** Milk, water, juice: drinks without added sugar. */
    DRIKKE,
    SODAVAND,
    SLIK,
    /** Crisps, cake, biscuits and the like. */
    SNACK,
    /** Neither the till nor the place's catalogue names the line's category. */
    UKENDT
}
