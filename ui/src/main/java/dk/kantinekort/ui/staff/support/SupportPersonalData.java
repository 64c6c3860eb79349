package dk.kantinekort.ui.staff.support;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.api.privacy.FindPersonalDataExport;
import dk.kantinekort.ui.security.CurrentStaff;
import dk.kantinekort.ui.staff.lookup.LookupNotRecordedException;
import dk.kantinekort.ui.staff.lookup.StaffLookups;
import dk.kantinekort.ui.staff.session.StaffQueries;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Right of access from Support (issue 15): for each person a search found, "Hent data" downloads everything held about
 * them and the people they act for, the file the citizen gets from "Hent mine data". Each download is recorded as a
 * look-up first; unrecorded, nothing is sent (503).
 */
class SupportPersonalData extends Div {

    private final StaffQueries queries;
    private final StaffLookups lookups;
    private final CurrentStaff currentStaff;

    SupportPersonalData(StaffQueries queries, StaffLookups lookups, CurrentStaff currentStaff) {
        this.queries = queries;
        this.lookups = lookups;
        this.currentStaff = currentStaff;
        setId("support-personal-data");
    }

    /** Offers one download per person among the accounts found; nothing when none. */
    void showFor(List<AccountSummary> accounts) {
        removeAll();
        Map<String, AccountSummary> people = new LinkedHashMap<>();
        accounts.forEach(account -> people.putIfAbsent(account.citizenId(), account));
        if (people.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("backoffice.support.access.title")),
                new Paragraph(getTranslation("backoffice.support.access.text")));
        for (AccountSummary holder : people.values()) {
            List<String> accountIds = accounts.stream().filter(a -> a.citizenId().equals(holder.citizenId()))
                    .map(AccountSummary::accountId).toList();
            Anchor download = new Anchor(download(holder.citizenId(), accountIds),
                    getTranslation("backoffice.support.access.download", holder.holderName()));
            download.setId("support-access-" + holder.citizenId());
            add(new Div(download));
        }
    }

    /** The file, once the look-up is recorded; 403 for anybody but an ADMIN, 503 when unrecorded or unanswered. */
    private DownloadHandler download(String citizenId, List<String> accountIds) {
        return event -> {
            if (!currentStaff.hasRole(CurrentStaff.Role.ADMIN)) {
                event.getResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            Optional<String> json;
            try {
                lookups.record(CurrentStaff.Role.ADMIN, LookupKey.ACCOUNT_ID, LookupPurpose.PERSONAL_DATA_EXPORT,
                        List.of(citizenId), accountIds);
                json = queries.one(new FindPersonalDataExport(citizenId), String.class);
            } catch (LookupNotRecordedException | IllegalStateException e) {
                event.getResponse().setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            if (json.isEmpty()) {
                event.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            event.setFileName("personoplysninger-" + citizenId + ".json");
            event.setContentType("application/json");
            event.getOutputStream().write(json.get().getBytes(StandardCharsets.UTF_8));
        };
    }
}
