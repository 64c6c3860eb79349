package dk.kantinekort.app.demo;

import dk.kantinekort.api.catalogue.OfferPlan;
import dk.kantinekort.api.catalogue.OfferProduct;
import dk.kantinekort.api.catalogue.SubscriptionPeriod;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.spending.ProductCategory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's webshop and subscription catalogue (F14, F15): Gladsaxe Skole's canteen sells lunch for
 * each school day of next week and milk, and offers a fruit plan. Products are named after the week they are
 * for, so a later start in another week offers that week's lunches beside the old ones.
 */
public class DemoCatalogue {

    static final String SCHOOL = "gladsaxe-skole";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final CommandGateway commands;
    private final Clock clock;

    public DemoCatalogue(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** Offers what is not offered yet; an offer that exists already is left as it is. */
    public void seedOnce() {
        LocalDate monday = LocalDate.now(clock.withZone(ZoneId.of("Europe/Copenhagen")))
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<LocalDate> schoolDays = IntStream.range(0, 5).mapToObj(monday::plusDays).toList();
        offer(new OfferProduct("frokost-" + monday, SCHOOL, "FROKOST-" + monday, "Frokost mandag–fredag uge "
                + monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR), Money.ofOre(3_500), schoolDays,
                ProductCategory.MAALTID));
        offer(new OfferProduct("maelk-" + monday, SCHOOL, "MAELK-" + monday, "Mælk, skolemælk 0,25 l",
                Money.ofOre(600), schoolDays, ProductCategory.DRIKKE));
        offer(new OfferPlan("frugtordning", "Frugtordning", "Et stykke frugt hver skoledag, leveret i klassen",
                Money.ofOre(4_500), SubscriptionPeriod.WEEK, List.of(SCHOOL)));
    }

    private void offer(Object command) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Metadata.of(Metadata.system("demo-data"), Metadata.Channel.SYSTEM, null)));
        } catch (RuntimeException e) {
            // the aggregate exists: offered on an earlier start
            log.info("Demo catalogue: {} was offered on an earlier start", command.getClass().getSimpleName());
            log.debug("Demo catalogue: not offered again", e);
        }
    }
}
