package io.adsync.security;

import java.util.HashSet;

import io.adsync.users.AppUsers;
import io.adsync.users.Role;
import io.adsync.web.api.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who may reach which organization. The one place where that is decided: the API's
 * {@code OrgIdArgumentResolver}, the console's organization switcher and the admin-only rules of the
 * security configuration all ask here, so no controller checks roles itself.
 *
 * <p>The user's role and grants are read from the database on every request (once per request), not
 * taken from the session: a user deleted while logged in loses its access at its next click.
 */
@Component
public class OrgAccess {

    private static final Logger log = LoggerFactory.getLogger(OrgAccess.class);
    private static final String CACHED = OrgAccess.class.getName() + ".access";

    private final AppUsers users;
    private final AdminProperties admin;

    public OrgAccess(AppUsers users, AdminProperties admin) {
        this.users = users;
        this.admin = admin;
    }

    /** The caller of the current request. */
    public UserAccess current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHED, RequestAttributes.SCOPE_REQUEST) instanceof UserAccess known) {
            return known;
        }
        UserAccess access = of(SecurityContextHolder.getContext().getAuthentication());
        if (request != null) {
            request.setAttribute(CACHED, access, RequestAttributes.SCOPE_REQUEST);
        }
        return access;
    }

    UserAccess of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            // only the cron and backfill routes get this far without a user: their chain let the caller in
            // with CRON_SECRET, which stands for the whole installation
            return UserAccess.everything("the cron secret");
        }
        String name = authentication.getName();
        if (name.equals(admin.usernameOrDefault())) {
            return UserAccess.everything(name);
        }
        return users.byUsername(name)
                .map(user -> user.role() == Role.ADMIN ? UserAccess.everything(name)
                        : new UserAccess(name, false, new HashSet<>(user.orgIds())))
                .orElseGet(() -> UserAccess.nothing(name));
    }

    /**
     * @throws ForbiddenException (and logs the attempt) when the caller may not see the organization
     */
    public void requireOrg(long orgId) {
        UserAccess access = current();
        if (!access.canSee(orgId)) {
            refused(access, "organization " + orgId + " is not granted");
            throw new ForbiddenException("You have no access to organization " + orgId
                    + "; an admin can grant it on the Organizations & users page");
        }
    }

    /** A request turned away, at WARN: who, which organization and path, and why (never a credential). */
    public void refused(UserAccess access, String why) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest() : null;
        refused(access, request, why);
    }

    void refused(UserAccess access, HttpServletRequest request, String why) {
        String org = request == null ? null : request.getParameter("orgId");
        if ((org == null || org.isBlank()) && request != null) {
            org = request.getHeader("X-Org-Id");
        }
        log.warn("Refused {} {} to user '{}' (orgId {}): {}", request == null ? "-" : request.getMethod(),
                request == null ? "-" : request.getRequestURI(), access.who(),
                org == null || org.isBlank() ? "none" : abbreviate(org.strip()), why);
    }

    private static String abbreviate(String text) {
        // the org id comes from the caller: keep a forged one from flooding or splitting the log line
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 20 ? oneLine : oneLine.substring(0, 20) + "…";
    }
}
