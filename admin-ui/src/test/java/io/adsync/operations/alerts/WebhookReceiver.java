package io.adsync.operations.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/** A webhook endpoint on a free local port that records the {@code text} of every POST. */
final class WebhookReceiver {

    enum Mode { OK, SERVER_ERROR, HANG }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<String> texts = new CopyOnWriteArrayList<>();
    private final AtomicInteger hanging = new AtomicInteger();
    private volatile Mode mode = Mode.OK;
    private volatile CountDownLatch release = new CountDownLatch(0);

    private WebhookReceiver(HttpServer server) {
        this.server = server;
        server.createContext("/hook", this::handle);
        server.start();
    }

    static WebhookReceiver start() {
        try {
            return new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void answer(Mode mode) {
        release.countDown();
        release = new CountDownLatch(mode == Mode.HANG ? 1 : 0);
        this.mode = mode;
    }

    /** Lets the requests held by {@link Mode#HANG} answer, and answers OK from now on. */
    void releaseHanging() {
        answer(Mode.OK);
    }

    /** requests held open right now */
    int hanging() {
        return hanging.get();
    }

    /** The texts received that contain {@code part}. */
    List<String> texts(String part) {
        return texts.stream().filter(text -> text.contains(part)).toList();
    }

    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            texts.add(JSON.readTree(exchange.getRequestBody().readAllBytes()).path("text").asString());
            Mode now = mode;
            if (now == Mode.HANG) {
                hanging.incrementAndGet();
                try {
                    release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    hanging.decrementAndGet();
                }
            }
            exchange.sendResponseHeaders(now == Mode.SERVER_ERROR ? 500 : 200, -1);
        }
    }
}
