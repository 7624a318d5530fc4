package io.adsync.security;

import java.io.IOException;

import io.adsync.web.api.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * API callers turned away by security get {@code {"success":false,"error":"..."}} with a fixed status
 * instead of the console's redirect to the login page or an HTML error page.
 *
 * <p>No {@code WWW-Authenticate: Basic} challenge on a 401: it would make browsers prompt for and
 * then silently re-send credentials, and requests carrying an Authorization header skip the CSRF
 * check. Clients send HTTP Basic preemptively ({@code curl -u admin:...}).
 */
final class JsonSecurityResponse implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final int status;
    private final String error;

    private JsonSecurityResponse(JsonMapper json, int status, String error) {
        this.json = json;
        this.status = status;
        this.error = error;
    }

    static JsonSecurityResponse unauthorized(JsonMapper json, String error) {
        return new JsonSecurityResponse(json, HttpServletResponse.SC_UNAUTHORIZED, error);
    }

    static JsonSecurityResponse forbidden(JsonMapper json, String error) {
        return new JsonSecurityResponse(json, HttpServletResponse.SC_FORBIDDEN, error);
    }

    /** A throttled login; answers {@code Retry-After} with the seconds until the pair may try again. */
    static JsonSecurityResponse tooManyRequests(JsonMapper json) {
        return new JsonSecurityResponse(json, 429, LoginThrottledException.MESSAGE);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
        }
        write(response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response);
    }

    private void write(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ApiError.of(error));
    }
}
