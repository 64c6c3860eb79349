package dk.kantinekort.app.bench;

/**
 * One purchase as the till that sent it knows it: the request (key and exact body, so it can be re-sent
 * unchanged) and what it heard back. {@code purchaseId} and {@code balanceAfter} are only known for
 * {@link Outcome#APPROVED}.
 */
record SentPurchase(String key, String card, long amount, Outcome outcome, String purchaseId, long balanceAfter,
                    String body) {

    /** What the till can conclude from the answer it got (or did not get). */
    enum Outcome {
        /** 201: the ledger promised it is stored; it must survive anything. */
        APPROVED,
        /** 402: declined, nothing charged. */
        DECLINED,
        /** Any other 4xx: refused, nothing charged. */
        REFUSED,
        /** The connection was refused: the request never reached the server. */
        NOT_SENT,
        /** No answer (connection lost, time-out) or a 5xx: it may or may not have been charged. */
        UNCERTAIN
    }

    String toLine() {
        return String.join("\t", "P", key, card, Long.toString(amount), outcome.name(),
                purchaseId == null ? "-" : purchaseId, Long.toString(balanceAfter), body);
    }

    static SentPurchase fromLine(String line) {
        String[] f = line.split("\t", 8);
        return new SentPurchase(f[1], f[2], Long.parseLong(f[3]), Outcome.valueOf(f[4]),
                f[5].equals("-") ? null : f[5], Long.parseLong(f[6]), f[7]);
    }
}
