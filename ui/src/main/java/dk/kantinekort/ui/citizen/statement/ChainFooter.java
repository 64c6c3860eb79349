package dk.kantinekort.ui.citizen.statement;

import java.io.Serializable;
import java.util.List;

/**
 * The end of a downloaded statement when statement proofs are on: where it ends in the account's hash chain
 * (position and hash), its short verification code, and where to check it, worded in the citizen's language.
 * The PDF also carries code and hash in its document properties, so Bekræft kontoudskrift can read an uploaded copy.
 */
record ChainFooter(String heading, String codeLabel, String code, String positionLabel, long position,
                   String hashLabel, String hash, String howToCheck) implements Serializable {

    /** The PDF's keywords property: {@value #KEYWORD_PREFIX} code position hash. */
    static final String KEYWORD_PREFIX = "kantinekort-proof";

    String keywords() {
        return KEYWORD_PREFIX + " " + code + " " + position + " " + hash;
    }

    /** The lines as label and value, in the order they are printed. */
    List<String[]> rows() {
        return List.of(new String[] {codeLabel, code}, new String[] {positionLabel, Long.toString(position)},
                new String[] {hashLabel, hash});
    }
}
