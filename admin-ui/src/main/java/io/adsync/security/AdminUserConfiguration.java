package io.adsync.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import io.adsync.users.AppUsers;
import io.adsync.users.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who can log in: the admin account of the configuration ({@code ADMIN_USERNAME}/{@code ADMIN_PASSWORD},
 * always there, never stored) and the users an admin created, all behind one throttled password check.
 */
@Configuration(proxyBeanMethods = false)
public class AdminUserConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ConsoleBanner consoleBanner(AdminProperties admin) {
        return new ConsoleBanner(admin.usernameOrDefault());
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    /**
     * The one authentication provider: Spring Security makes it the password check of every chain
     * that logs users in (form login, HTTP Basic, the Prometheus scrape's Basic).
     */
    @Bean
    AuthenticationProvider passwordCheck(AdminProperties admin, PasswordEncoder encoder, ConsoleBanner banner,
                                         AppUsers users, LoginThrottle throttle) {
        String password = admin.hasPassword() ? admin.password() : generatedPassword(banner);
        UserDetails administrator = User.withUsername(admin.usernameOrDefault())
                .password(encoder.encode(password))
                .authorities(Role.ADMIN.authority())
                .build();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new ConsoleUsers(administrator, users));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /**
     * A password nobody chose, so the person starting the application can log in at all; the banner
     * prints it once the application is ready. It changes with every start until ADMIN_PASSWORD is set.
     */
    private static String generatedPassword(ConsoleBanner banner) {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        banner.showGeneratedPassword(password);
        return password;
    }
}
