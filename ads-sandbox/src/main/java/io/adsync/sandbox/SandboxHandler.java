package io.adsync.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Wraps every endpoint: injected latency, the written form of {@link HttpFailure}s, a 500 for bugs, one log line per
 * request (method, path and status only: query strings carry signatures, bodies carry secrets), and always closing
 * the exchange so a failed handler cannot leak a connection.
 */
final class SandboxHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(SandboxHandler.class);

    private final HttpHandler endpoint;
    private final SandboxFaults faults;

    SandboxHandler(HttpHandler endpoint, SandboxFaults faults) {
        this.endpoint = endpoint;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            pause(faults.currentLatency());
            endpoint.handle(exchange);
        } catch (HttpFailure failure) {
            answer(exchange, failure);
        } catch (IOException | JacksonIOException e) {
            // the client went away mid-answer (for example it stopped reading a download); nothing to tell it
            log.debug("{} {}: connection lost: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    e.toString());
        } catch (RuntimeException e) {
            log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            answer(exchange, HttpFailure.api(500, "Internal Server Error"));
        } finally {
            log.debug("{} {} -> {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getResponseCode());
            exchange.close();
        }
    }

    private static void answer(HttpExchange exchange, HttpFailure failure) {
        if (exchange.getResponseCode() != -1) {
            return; // headers already went out; closing the exchange is all that is left
        }
        try {
            failure.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (failure.body() instanceof String document) {
                SandboxHttp.send(exchange, failure.status(), failure.contentType(),
                        document.getBytes(StandardCharsets.UTF_8));
            } else {
                SandboxHttp.sendJson(exchange, failure.status(), failure.contentType(), failure.body());
            }
        } catch (IOException e) {
            log.debug("could not send the {} answer: {}", failure.status(), e.toString());
        }
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
