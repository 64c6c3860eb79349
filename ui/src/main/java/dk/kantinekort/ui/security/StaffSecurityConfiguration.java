package dk.kantinekort.ui.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;

/**
 * The staff's rules (F16, F17): staff log in like citizens ({@link PortalSecurityConfiguration}); their role, ADMIN
 * or AUDITOR, comes from the broker's role claim or the configured lists of subjects ({@link StaffRoles},
 * {@code canteen.staff.*}). Each back-office page names the roles that open it ({@code @RolesAllowed}); Vaadin's
 * access control refuses it to everybody else, and staff are kept to the back office (the citizens' guard,
 * {@code ui.citizen.login.LinkedIdentityGuard}, sends them there).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffProperties.class)
public class StaffSecurityConfiguration {

    /** Staff roles from the broker's claim or the configured lists; the login picks this bean up by its type. */
    @Bean
    GrantedAuthoritiesMapper staffRoles(StaffProperties properties) {
        return new StaffRoles(properties);
    }
}
