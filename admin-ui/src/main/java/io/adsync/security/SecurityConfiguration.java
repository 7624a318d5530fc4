package io.adsync.security;

import io.adsync.AdsyncProperties;
import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import io.adsync.operations.metrics.MetricsProperties;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three doors. The cron and backfill routes, called by schedulers, open only to
 * {@code Authorization: Bearer <CRON_SECRET>}; the Prometheus scrape to {@code Bearer <METRICS_TOKEN>}
 * or the admin's HTTP Basic. Everything else (console, the rest of {@code /api} and
 * the actuator, but for its liveness and readiness probes) needs the admin login: a form-login session
 * or HTTP Basic; API and actuator calls without it get a JSON 401, console pages a redirect to the
 * login page. Only admins (the configured one, and users with the admin role) reach settings, alerts,
 * organizations and users, and send anything but a read; a viewer who tries gets a 403 and a line in the
 * log. Which organization a viewer may read is decided by {@link OrgAccess}, where the organization of a
 * request is resolved.
 *
 * <p>CSRF protection stays on for everything a browser session can reach (forms and htmx send the
 * token); a request that authenticates with its own HTTP Basic header carries no ambient browser
 * credential for an attacker to ride on, so it needs no token.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String[] CRON_ROUTES = {"/api/cron/**", "/api/backfill/**"};
    /** What only an admin reaches, whatever the method (every write is an admin's too). */
    static final String[] ADMIN_ONLY = {"/settings/**", "/alerts/**", "/organizations/**", "/api/settings/**",
            "/api/test/**", "/api/orgs/**", "/api/users/**", "/actuator/**", "/products/**", "/api/products/**"};
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Bean
    @Order(1)
    SecurityFilterChain cronRoutes(HttpSecurity http, AdsyncProperties properties, JsonMapper json) throws Exception {
        // also the answer to a logged-in console user: the session does not open these routes
        JsonSecurityResponse unauthorized = JsonSecurityResponse.unauthorized(json, properties.hasCronSecret()
                ? "Authorization: Bearer <CRON_SECRET> is required"
                : "CRON_SECRET is not set on the server, so the cron and backfill routes are closed");
        return stateless(http
                .securityMatcher(CRON_ROUTES)
                .authorizeHttpRequests(requests -> requests
                        .anyRequest().access(new BearerSecretAuthorizationManager(properties.cronSecret()))),
                unauthorized);
    }

    /** Prometheus scrapes with the metrics token; an admin's HTTP Basic works too. */
    @Bean
    @Order(2)
    SecurityFilterChain metricsScrape(HttpSecurity http, MetricsProperties metrics, JsonMapper json) throws Exception {
        JsonSecurityResponse unauthorized = JsonSecurityResponse.unauthorized(json,
                "Authorization: Bearer <METRICS_TOKEN> or HTTP Basic admin credentials are required");
        return stateless(http
                .securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(AuthorizationManagers.anyOf(
                        new BearerSecretAuthorizationManager(metrics.token()),
                        AuthenticatedAuthorizationManager.authenticated())))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized)),
                unauthorized);
    }

    /**
     * A route for programs that prove themselves on every request: no session, no CSRF (nothing a
     * browser's cookie could ride on), no saved request, and every refusal a JSON answer.
     */
    private static SecurityFilterChain stateless(HttpSecurity http, JsonSecurityResponse unauthorized)
            throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(unauthorized))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain adminLogin(HttpSecurity http, JsonMapper json, OrgAccess access) throws Exception {
        // the API and the actuator answer programs: a JSON 401, never a redirect to the login page
        RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));
        JsonSecurityResponse apiUnauthorized = JsonSecurityResponse.unauthorized(json,
                "Authentication required: log in to the console, or send HTTP Basic credentials "
                        + "(ADMIN_USERNAME / ADMIN_PASSWORD)");
        // the only access a logged-in admin is denied: a session request without the CSRF token
        JsonSecurityResponse apiForbidden = JsonSecurityResponse.forbidden(json,
                "Missing or invalid CSRF token: send the X-CSRF-TOKEN header with the token of the console page's "
                        + "_csrf meta tag, or authenticate this request with HTTP Basic");
        JsonSecurityResponse apiAdminOnly = JsonSecurityResponse.forbidden(json, AccessDeniedController.ADMIN_ONLY);
        JsonSecurityResponse apiThrottled = JsonSecurityResponse.tooManyRequests(json);
        AuthenticationEntryPoint basicRefused = (request, response, e) ->
                (e instanceof LoginThrottledException ? apiThrottled : apiUnauthorized).commence(request, response, e);
        AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
        AuthenticationFailureHandler throttled = new SimpleUrlAuthenticationFailureHandler("/login?throttled");
        AuthorizationManager<RequestAuthorizationContext> admins = AuthorizationManagers.allOf(
                AuthenticatedAuthorizationManager.authenticated(),
                (authentication, context) -> new AuthorizationDecision(access.of(authentication.get()).admin()));
        AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        // an htmx request of an expired session: the browser reloads the page (and so goes to the login)
        // instead of swapping the login form into a table
        RequestMatcher htmx = new RequestHeaderRequestMatcher("HX-Request", "true");
        AuthenticationEntryPoint reloadPage = new HxRefreshHeaderAuthenticationEntryPoint();
        AccessDeniedHandler consoleForbidden = new AccessDeniedHandlerImpl();
        AccessDeniedHandlerImpl consoleAdminOnly = new AccessDeniedHandlerImpl();
        consoleAdminOnly.setErrorPage(AccessDeniedController.PATH);
        HttpSessionRequestCache consolePagesOnly = new HttpSessionRequestCache();
        // remembering an API call to replay after login would only give API clients a session
        consolePagesOnly.setRequestMatcher(new NegatedRequestMatcher(api));
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error")
                        .permitAll()
                        // the probes of a container platform or load balancer carry no credentials
                        .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        // where a refusal is forwarded: before the admin rules, since a refused POST stays a POST
                        .requestMatchers(AccessDeniedController.PATH).authenticated()
                        .requestMatchers(ADMIN_ONLY).access(admins)
                        .requestMatchers(request -> !READS.contains(request.getMethod())).access(admins)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .failureHandler((request, response, e) -> (e instanceof LoginThrottledException
                                ? throttled : wrongPassword).onAuthenticationFailure(request, response, e)))
                .httpBasic(basic -> basic.authenticationEntryPoint(basicRefused))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesBasicCredentials))
                .requestCache(cache -> cache.requestCache(consolePagesOnly))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> (api.matches(request) ? apiUnauthorized
                                : htmx.matches(request) ? reloadPage : loginPage).commence(request, response, e))
                        .accessDeniedHandler((request, response, e) -> {
                            if (e instanceof CsrfException) {
                                (!api.matches(request) ? consoleForbidden
                                        // the CSRF check comes before authentication: without credentials a 401
                                        : loggedIn() ? apiForbidden : apiUnauthorized).handle(request, response, e);
                                return;
                            }
                            // a logged-in user who is not an admin (anonymous callers go to the entry point)
                            access.refused(access.current(), request, "only an admin may do this");
                            (api.matches(request) ? apiAdminOnly : consoleAdminOnly).handle(request, response, e);
                        }))
                .build();
    }

    private static boolean loggedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated();
    }

    /** Such a request is authenticated by its own header (or refused), not by the browser session. */
    private static boolean carriesBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
