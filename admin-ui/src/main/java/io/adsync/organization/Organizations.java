package io.adsync.organization;

import io.adsync.web.api.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizations table: each org has its own settings, data and job runs. */
@Repository
public class Organizations {

    static final int MAX_NAME_LENGTH = 100;

    private final JdbcClient jdbc;

    public Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long orgId) {
        return jdbc.sql("select exists (select 1 from organizations where id = :id)")
                .param("id", orgId)
                .query(Boolean.class)
                .single();
    }

    /**
     * @return the new organization's id
     * @throws BadRequestException for a blank or over-long name, or one another organization has
     */
    public long create(String name) {
        String clean = checked(name);
        // one statement, so two admins creating the same name at once still get one organization
        return jdbc.sql("""
                        insert into organizations (name)
                        select :name where not exists (select 1 from organizations where lower(name) = lower(:name))
                        returning id""")
                .param("name", clean)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> taken(clean));
    }

    /** @throws BadRequestException as {@link #create}, or when there is no such organization */
    public void rename(long orgId, String name) {
        String clean = checked(name);
        if (!exists(orgId)) {
            throw new BadRequestException("Organization " + orgId + " does not exist");
        }
        int renamed = jdbc.sql("""
                        update organizations set name = :name
                         where id = :id
                           and not exists (select 1 from organizations where lower(name) = lower(:name) and id <> :id)""")
                .param("name", clean)
                .param("id", orgId)
                .update();
        if (renamed == 0) {
            throw taken(clean);
        }
    }

    private static String checked(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new BadRequestException("The organization needs a name");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new BadRequestException("The organization's name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException("The organization's name must not contain control characters");
        }
        return clean;
    }

    private static BadRequestException taken(String name) {
        return new BadRequestException("There is already an organization named '" + name + "'");
    }
}
