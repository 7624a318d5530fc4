package io.adsync.users;

import java.util.List;

/**
 * A user an admin is creating, already checked: the name is free, the password long enough, the
 * organizations exist. Only the hash of the password is ever stored.
 */
public record NewUser(String username, String password, Role role, List<Long> orgIds) {

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", role=" + role + ", orgIds=" + orgIds + "]";
    }
}
