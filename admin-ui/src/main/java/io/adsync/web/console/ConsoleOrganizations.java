package io.adsync.web.console;

import java.util.List;

import io.adsync.organization.Organizations;
import io.adsync.security.OrgAccess;
import io.adsync.security.UserAccess;
import io.adsync.web.api.BadRequestException;
import io.adsync.web.api.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which organizations the console can switch between, and which one a page shows. */
@Repository
public class ConsoleOrganizations {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final OrgAccess access;

    public ConsoleOrganizations(JdbcClient jdbc, Organizations organizations, OrgAccess access) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.access = access;
    }

    /** Every organization, whoever asks: for the admin's pages and routes. */
    public List<Organization> all() {
        return jdbc.sql("select id, name from organizations order by id")
                .query((rs, n) -> new Organization(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    /** The organizations the current user may switch to: all of them for an admin, a viewer's granted ones. */
    public List<Organization> visible() {
        UserAccess user = access.current();
        return all().stream().filter(org -> user.canSee(org.id())).toList();
    }

    /**
     * The org a page asked for with {@code ?orgId=}, or the first one (org 1 after installation) when it
     * asked for none.
     *
     * @param organizations the ones the user may see ({@link #visible()})
     * @throws BadRequestException when the asked-for org does not exist
     * @throws ForbiddenException (logged) when it exists but is not the user's to see, or the user has none
     */
    public Organization resolve(List<Organization> organizations, String requested) {
        if (requested == null || requested.isBlank()) {
            if (organizations.isEmpty()) {
                UserAccess user = access.current();
                if (user.admin()) {
                    throw new IllegalStateException("The database has no organization; the first migration creates one");
                }
                access.refused(user, "no organization is granted");
                throw new ForbiddenException("No organization is granted to you yet; ask an admin to grant one");
            }
            return organizations.get(0);
        }
        long id;
        try {
            id = Long.parseLong(requested.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("orgId must be a number, got '" + requested.strip() + "'");
        }
        return organizations.stream().filter(org -> org.id() == id).findFirst().orElseThrow(() -> {
            if (!this.organizations.exists(id)) {
                return new BadRequestException("Organization " + id + " does not exist");
            }
            access.requireOrg(id);
            return new IllegalStateException("organization " + id + " is visible but was not listed");
        });
    }
}
