package io.adsync.security;

import java.util.Set;

/**
 * What the caller of one request may reach.
 *
 * @param who    the user name, for the log of refusals
 * @param admin  every organization, settings, users, and every write
 * @param orgIds a viewer's organizations, to read only (empty for an admin, who needs none)
 */
public record UserAccess(String who, boolean admin, Set<Long> orgIds) {

    public UserAccess {
        orgIds = Set.copyOf(orgIds);
    }

    static UserAccess everything(String who) {
        return new UserAccess(who, true, Set.of());
    }

    /** A session whose user has been deleted since it logged in. */
    static UserAccess nothing(String who) {
        return new UserAccess(who, false, Set.of());
    }

    public boolean canSee(long orgId) {
        return admin || orgIds.contains(orgId);
    }
}
