package io.adsync.security;

import java.security.SecureRandom;
import java.util.Base64;

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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ConsoleBanner consoleBanner(AdminProperties admin) {
        return new ConsoleBanner(admin.usernameOrDefault());
    }

    @Bean
    UserDetailsService adminUser(AdminProperties admin, PasswordEncoder encoder, ConsoleBanner banner) {
        String password = admin.hasPassword() ? admin.password() : generatedPassword(banner);
        return new InMemoryUserDetailsManager(User.withUsername(admin.usernameOrDefault())
                .password(encoder.encode(password))
                .roles("ADMIN")
                .build());
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
