package io.adsync.users;

import java.time.Instant;
import java.util.List;

/**
 * A user as the users page and {@code GET /api/users} show it; the password hash is deliberately not
 * part of it, so it cannot be rendered or serialized by mistake.
 *
 * @param orgIds the organizations granted (a viewer's only ones; an admin reaches all of them anyway)
 */
public record AppUser(long id, String username, Role role, List<Long> orgIds, Instant createdAt) {
}
