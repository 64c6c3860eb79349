package dk.kantinekort.query.bookkeeping;

import dk.kantinekort.api.bookkeeping.BookkeepingLine;
import java.util.function.Function;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The municipality's chart of accounts: the account number each line of the books is posted to, from
 * {@code canteen.bookkeeping.accounts.<line>} (e.g. {@code canteen.bookkeeping.accounts.sales}); empty when unset.
 */
@Component
class BookkeepingAccounts implements Function<BookkeepingLine, String> {

    static final String PREFIX = "canteen.bookkeeping.accounts.";

    private final Environment environment;

    BookkeepingAccounts(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String apply(BookkeepingLine line) {
        return environment.getProperty(PREFIX + line.key(), "").strip();
    }
}
