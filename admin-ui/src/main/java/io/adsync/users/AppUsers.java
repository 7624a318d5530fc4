package io.adsync.users;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code app_users} table and the organizations granted to each user ({@code app_user_orgs}). */
@Repository
public class AppUsers {

    private static final String SELECT = """
            select u.id, u.username, u.role, u.created_at,
                   coalesce(array_agg(g.org_id order by g.org_id) filter (where g.org_id is not null), '{}') as org_ids
              from app_users u
              left join app_user_orgs g on g.user_id = u.id
            """;

    private final JdbcClient jdbc;

    public AppUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the user with the hash of its password; the password itself goes no further. */
    @Transactional
    public long insert(NewUser user, String passwordHash) {
        long id = jdbc.sql("insert into app_users (username, password_hash, role) values (:username, :hash, :role) "
                        + "returning id")
                .param("username", user.username())
                .param("hash", passwordHash)
                .param("role", user.role().value())
                .query(Long.class)
                .single();
        for (long orgId : user.orgIds()) {
            jdbc.sql("insert into app_user_orgs (user_id, org_id) values (:user, :org) on conflict do nothing")
                    .param("user", id)
                    .param("org", orgId)
                    .update();
        }
        return id;
    }

    public List<AppUser> all() {
        return jdbc.sql(SELECT + " group by u.id order by lower(u.username)").query(AppUsers::user).list();
    }

    public Optional<AppUser> byUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = :username group by u.id")
                .param("username", username)
                .query(AppUsers::user)
                .optional();
    }

    public Optional<AppUser> byId(long id) {
        return jdbc.sql(SELECT + " where u.id = :id group by u.id").param("id", id).query(AppUsers::user).optional();
    }

    /** The only way out of this class for a password hash: to the login's password check. */
    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("select username, password_hash, role from app_users where username = :username")
                .param("username", username)
                .query((rs, n) -> new Credentials(rs.getString("username"), rs.getString("password_hash"),
                        role(rs)))
                .optional();
    }

    /** Whether the name is in use, whatever its capitals. */
    public boolean nameTaken(String username) {
        return jdbc.sql("select exists (select 1 from app_users where lower(username) = lower(:username))")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }

    /** @return false when there was no such user */
    public boolean delete(long id) {
        return jdbc.sql("delete from app_users where id = :id").param("id", id).update() > 0;
    }

    private static AppUser user(ResultSet rs, int row) throws SQLException {
        Array orgIds = rs.getArray("org_ids");
        List<Long> granted = Arrays.stream((Long[]) orgIds.getArray()).toList();
        return new AppUser(rs.getLong("id"), rs.getString("username"), role(rs), granted,
                rs.getTimestamp("created_at").toInstant());
    }

    private static Role role(ResultSet rs) throws SQLException {
        String stored = rs.getString("role");
        return Role.of(stored).orElseThrow(() -> new IllegalStateException("app_users holds an unknown role: " + stored));
    }
}
