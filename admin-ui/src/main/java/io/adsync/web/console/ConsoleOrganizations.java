package io.adsync.web.console;

import java.util.List;

import io.adsync.web.api.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which organizations the console can switch between, and which one a page shows. */
@Repository
public class ConsoleOrganizations {

    private final JdbcClient jdbc;

    public ConsoleOrganizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organization> all() {
        return jdbc.sql("select id, name from organizations order by id")
                .query((rs, n) -> new Organization(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    /**
     * The org a page asked for with {@code ?orgId=}, or the first one (org 1 after installation) when it
     * asked for none.
     *
     * @throws BadRequestException when the asked-for org does not exist
     */
    public Organization resolve(List<Organization> organizations, String requested) {
        if (requested == null || requested.isBlank()) {
            if (organizations.isEmpty()) {
                throw new IllegalStateException("The database has no organization; the first migration creates one");
            }
            return organizations.get(0);
        }
        long id;
        try {
            id = Long.parseLong(requested.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("orgId must be a number, got '" + requested.strip() + "'");
        }
        return organizations.stream().filter(org -> org.id() == id).findFirst()
                .orElseThrow(() -> new BadRequestException("Organization " + id + " does not exist"));
    }
}
