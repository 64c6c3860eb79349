-- What staff changed in the scheme's settings (SchemeSettings aggregate), written in the same transaction as the
-- events: the fee schedule per payment method and single values (top-up threshold, support contact). A value not
-- here was never changed: the configuration's applies.
CREATE TABLE scheme_fees (
    method VARCHAR(30) NOT NULL PRIMARY KEY,
    fixed_ore BIGINT NOT NULL,
    basis_points INT NOT NULL
);

CREATE TABLE scheme_values (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    text_value VARCHAR(1000) NOT NULL
);
