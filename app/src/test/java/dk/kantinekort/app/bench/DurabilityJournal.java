package dk.kantinekort.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the load phase hands to the verify phase across the kill and restart: the funded accounts and every
 * purchase sent. A tab-separated text file, so a failed run can be read by eye.
 */
record DurabilityJournal(long depositOre, List<BenchApi.Account> accounts, List<SentPurchase> purchases) {

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("D\t" + depositOre);
        accounts.forEach(a -> lines.add("A\t" + a.cardNumber() + "\t" + a.accountId()));
        purchases.forEach(p -> lines.add(p.toLine()));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static DurabilityJournal read(Path file) throws IOException {
        long deposit = 0;
        List<BenchApi.Account> accounts = new ArrayList<>();
        List<SentPurchase> purchases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            switch (f[0]) {
                case "D" -> deposit = Long.parseLong(f[1]);
                case "A" -> accounts.add(new BenchApi.Account(f[1], f[2]));
                case "P" -> purchases.add(SentPurchase.fromLine(line));
                default -> throw new IllegalStateException("Unreadable journal line: " + line);
            }
        }
        return new DurabilityJournal(deposit, accounts, purchases);
    }
}
