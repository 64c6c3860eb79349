package dk.kantinekort.pos.auth;

import dk.kantinekort.pos.AdminProperties;
import org.springframework.stereotype.Component;

/** The admin API's bearer credential ({@code canteen.admin.token}): role ADMIN. */
@Component
class AdminToken {

    private final BearerCredential credential;

    AdminToken(AdminProperties properties) {
        // no admin credential configured: the admin API refuses everyone
        this.credential = BearerCredential.of(properties.token(), properties.tokenSha256());
    }

    boolean matches(String presentedToken) {
        return credential.matches(presentedToken);
    }
}
