package io.adsync.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console and API login ({@code ADMIN_USERNAME}, {@code ADMIN_PASSWORD}).
 *
 * @param password blank means a random one is generated and logged once at start
 */
@ConfigurationProperties("adsync.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {

    public String usernameOrDefault() {
        return username == null || username.isBlank() ? "admin" : username.strip();
    }

    public boolean hasPassword() {
        return password != null && !password.isBlank();
    }

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=" + (hasPassword() ? "••••" : "(generated)") + "]";
    }
}
