package dk.kantinekort.ui.testing;

import dk.kantinekort.ui.security.CurrentStaff;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The staff member the test says is logged in, with the roles it says. */
public class FakeStaff implements CurrentStaff {

    private String username;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);

    public void logIn(String username, Role... roles) {
        this.username = username;
        this.roles.clear();
        this.roles.addAll(Set.of(roles));
    }

    public void logOut() {
        username = null;
        roles.clear();
    }

    @Override
    public Optional<String> username() {
        return roles.isEmpty() ? Optional.empty() : Optional.ofNullable(username);
    }

    @Override
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
