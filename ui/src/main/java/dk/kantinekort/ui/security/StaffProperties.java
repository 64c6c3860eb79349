package dk.kantinekort.ui.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which logins are staff ({@code canteen.staff.*}): the broker's role claim ({@code role-claim}, default
 * {@code roles}, values ADMIN / AUDITOR), or, for brokers without one, lists of the broker's subjects (never user names, which are no identifier)
 * ({@code admins}, {@code auditors}).
 */
@ConfigurationProperties(prefix = "canteen.staff")
record StaffProperties(String roleClaim, List<String> admins, List<String> auditors) {

    StaffProperties {
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "roles" : roleClaim.strip();
        admins = admins == null ? List.of() : List.copyOf(admins);
        auditors = auditors == null ? List.of() : List.copyOf(auditors);
    }
}
