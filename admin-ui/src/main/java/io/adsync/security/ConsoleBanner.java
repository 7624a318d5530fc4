package io.adsync.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * The start-up banner, printed once the application is ready: the console's address (the port is
 * only known once the web server listens, which matters with {@code SERVER_PORT=0}) and, when nobody
 * chose the admin password, the one generated for this run.
 */
public final class ConsoleBanner {

    private static final Logger log = LoggerFactory.getLogger(ConsoleBanner.class);

    private final String username;
    /** Held only until it is printed: the only place a password is ever logged. */
    private String generatedPassword;

    ConsoleBanner(String username) {
        this.username = username;
    }

    void showGeneratedPassword(String password) {
        this.generatedPassword = password;
    }

    @EventListener
    public void print(ApplicationReadyEvent ready) {
        String console = consoleUrl(ready.getApplicationContext().getEnvironment());
        if (generatedPassword == null) {
            log.info("""

                    ======================================================================
                      Console:        {}   (log in as {})
                    ======================================================================
                    """, console, username);
            return;
        }
        log.warn("""

                ======================================================================
                  Console:        {}
                  Console login:  {} / {}
                  (ADMIN_PASSWORD is not set: this password was generated for this
                   run only; set ADMIN_PASSWORD to choose a permanent one)
                ======================================================================
                """, console, username, generatedPassword);
        generatedPassword = null;
    }

    /** {@code http://localhost:8080/}: the port the server listens on, the host it was bound to if any. */
    static String consoleUrl(Environment environment) {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return "(no web server in this run)";
        }
        String address = environment.getProperty("server.address", "");
        boolean anyAddress = address.isBlank() || address.equals("0.0.0.0") || address.equals("::");
        String host = anyAddress ? "localhost" : address.contains(":") ? "[" + address + "]" : address;
        String contextPath = environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "");
        return "http://" + host + ":" + port + contextPath + "/";
    }
}
