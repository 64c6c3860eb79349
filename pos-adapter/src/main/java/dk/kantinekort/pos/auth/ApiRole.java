package dk.kantinekort.pos.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a bearer token must have to reach this controller's routes (on the class) or this one route (on the
 * method, which wins). {@link ApiAuthentication} reads it from the handler the router resolved for the request, so
 * the check and the route cannot disagree. A route under {@code /api} whose handler carries none is never served.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiRole {

    Role value();

    /**
     * Only for {@link Role#TILL}: the command the route sends makes the command side check the till again, so a till
     * remembered for a few seconds may be trusted here (a revoked till then gets TILL_UNKNOWN from the ledger).
     */
    boolean ledgerRechecksTill() default false;
}
