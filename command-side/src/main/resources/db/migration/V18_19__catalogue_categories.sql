-- Issue 17, Forbrugsregler (decision record 19): the product category of each sku a place's catalogue names, written
-- in the events' transaction. The tills' path reads it from memory only (CatalogueCategories loads and refreshes it).
CREATE TABLE catalogue_categories (
    place_id VARCHAR(100) NOT NULL,
    sku VARCHAR(100) NOT NULL,
    category VARCHAR(20) NOT NULL,
    PRIMARY KEY (place_id, sku)
);
