package io.adsync.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The single admin account of the console and the JSON API. */
@Configuration(proxyBeanMethods = false)
public class AdminUserConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdminUserConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService adminUser(AdminProperties admin, PasswordEncoder encoder) {
        String password = admin.hasPassword() ? admin.password() : generatedPassword(admin.usernameOrDefault());
        return new InMemoryUserDetailsManager(User.withUsername(admin.usernameOrDefault())
                .password(encoder.encode(password))
                .roles("ADMIN")
                .build());
    }

    /**
     * The only place a password is ever logged: one that nobody chose, so the person starting the
     * application can log in at all. It changes with every start until ADMIN_PASSWORD is set.
     */
    private static String generatedPassword(String username) {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        log.warn("""

                ======================================================================
                  Console login:  {} / {}
                  (ADMIN_PASSWORD is not set: this password was generated for this
                   run only; set ADMIN_PASSWORD to choose a permanent one)
                ======================================================================
                """, username, password);
        return password;
    }
}
