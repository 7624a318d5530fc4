package io.adsync.users;

/** What the login needs of a stored user; only {@link AppUsers#credentials} hands out the hash. */
public record Credentials(String username, String passwordHash, Role role) {

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", role=" + role + "]";
    }
}
