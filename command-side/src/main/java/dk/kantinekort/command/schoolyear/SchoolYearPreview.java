package dk.kantinekort.command.schoolyear;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.schoolyear.FindSchoolYearLeavers;
import dk.kantinekort.api.schoolyear.Leaver;
import dk.kantinekort.api.schoolyear.PlannedRow;
import dk.kantinekort.api.schoolyear.PreviewSchoolYearImport;
import dk.kantinekort.api.schoolyear.PupilRow;
import dk.kantinekort.api.schoolyear.RowAction;
import dk.kantinekort.api.schoolyear.RowRefusal;
import dk.kantinekort.api.schoolyear.SchoolYearPlan;
import dk.kantinekort.command.citizen.ContactDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dry run of a pupil file and the leavers after an import, answered by the command side because they are the
 * decisions the import will make, from the same look-ups (decision record 25). Changes nothing.
 */
@Component
class SchoolYearPreview {

    private final PupilRows rows;
    private final PupilPlacements placements;
    private final Schools schools;
    private final Siblings siblings;
    private final ContactDirectory contacts;
    private final JdbcTemplate jdbc;

    SchoolYearPreview(PupilRows rows, PupilPlacements placements, Schools schools, Siblings siblings,
                      ContactDirectory contacts, JdbcTemplate jdbc) {
        this.rows = rows;
        this.placements = placements;
        this.schools = schools;
        this.siblings = siblings;
        this.contacts = contacts;
        this.jdbc = jdbc;
    }

    @QueryHandler
    SchoolYearPlan handle(PreviewSchoolYearImport query) {
        List<PupilRow> file = query.rows() == null ? List.of() : query.rows();
        Map<Integer, RowRefusal> fileRefusals = PupilRows.fileRefusals(file);
        List<PlannedRow> planned = new ArrayList<>();
        Set<String> schoolIds = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        Map<String, Leaver> leavers = new LinkedHashMap<>();
        for (PupilRow row : file) {
            PupilRows.Decision decision = rows.decide(row, fileRefusals.get(row.line()));
            planned.add(new PlannedRow(row.line(), decision.action(), decision.refusal(), decision.schoolId(),
                    decision.className()));
            if (decision.action() == RowAction.REFUSED) {
                continue;
            }
            schoolIds.add(decision.schoolId());
            if (decision.action() == RowAction.LEAVING) {
                leavers.put(decision.accountId(), leaver(new PupilPlacements.Placement(decision.accountId(),
                        decision.citizenId(), decision.schoolId(), decision.className(), null, true, false)));
            } else if (decision.accountId() != null) {
                named.add(decision.accountId());
            }
        }
        for (PupilPlacements.Placement placed : placements.atSchools(schoolIds)) {
            if (!named.contains(placed.accountId()) && !leavers.containsKey(placed.accountId())) {
                leavers.put(placed.accountId(), leaver(new PupilPlacements.Placement(placed.accountId(),
                        placed.citizenId(), placed.schoolId(), placed.className(), placed.importId(), false, false)));
            }
        }
        return new SchoolYearPlan(planned, List.copyOf(leavers.values()));
    }

    @QueryHandler
    List<Leaver> handle(FindSchoolYearLeavers query) {
        return placements.leaversOf(query.importId()).stream().map(this::leaver).toList();
    }

    private Leaver leaver(PupilPlacements.Placement placed) {
        Long ore = jdbc.queryForList("SELECT balance_ore FROM citizen_accounts WHERE account_id = ?", Long.class,
                placed.accountId()).stream().findFirst().orElse(0L);
        return new Leaver(placed.accountId(), placed.citizenId(), contacts.name(placed.citizenId()).orElse(null),
                placed.schoolId(), schools.nameOf(placed.schoolId()).orElse(placed.schoolId()), placed.className(),
                Money.ofOre(ore), siblings.accountsOf(placed.citizenId()).size(), placed.leaving());
    }
}
