package io.adsync.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for Login-with-Amazon, the Amazon Ads reporting API v3 and the Selling Partner API's Sales and
 * Traffic reports ({@link SandboxSales}), over real HTTP on 127.0.0.1: the
 * product's SANDBOX region, so a new user sees the whole flow work without an Amazon account, and the backend of the
 * client's tests. Start it with {@link #start(SandboxOptions)}, point the client at {@link #tokenUrl()} and
 * {@link #baseUrl()}, sign in with {@link SandboxAccounts}, and steer it with {@link #faults()}.
 */
public final class AdsSandbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AdsSandbox.class);

    /** Enough for a client polling several reports while a large download streams; the sandbox is no load test. */
    private static final int THREADS = 8;

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final SandboxFaults faults = new SandboxFaults();
    private final SandboxStats stats = new SandboxStats();
    private final SandboxData data;
    private final SandboxSales sales;
    private final SpApiEndpoint.CreateQuota salesCreateQuota = new SpApiEndpoint.CreateQuota();

    private AdsSandbox(SandboxOptions options) throws IOException {
        this.data = new SandboxData(options.campaignsPerProfile());
        this.sales = new SandboxSales(data);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        this.executor = Executors.newFixedThreadPool(THREADS, daemonThreads());

        AccessTokens tokens = new AccessTokens(options.clock());
        ApiGate gate = new ApiGate(tokens, faults, stats, new RateLimiter(options.requestsPerSecondPerProfile()));
        ReportStore reports = new ReportStore();
        SignedUrls signedUrls = new SignedUrls();
        route(TokenEndpoint.PATH, new TokenEndpoint(tokens, stats));
        route(ProfilesEndpoint.PATH, new ProfilesEndpoint(gate));
        route(ReportsEndpoint.PATH, new ReportsEndpoint(gate, reports, signedUrls, faults, stats, options, baseUrl));
        route(DownloadEndpoint.PATH_PREFIX, new DownloadEndpoint(reports, signedUrls, new ReportFileWriter(data),
                faults, stats, options.clock()));
        SpApiEndpoint spApi = new SpApiEndpoint(tokens, faults, stats, sales, signedUrls, options, baseUrl,
                salesCreateQuota);
        route(SpApiEndpoint.PATH, spApi);
        route(SpApiEndpoint.DOCUMENT_PATH, spApi.downloads());
        route("/", exchange -> {
            throw HttpFailure.api(404, "Not Found");
        });
        server.setExecutor(executor);
        server.start();
        log.info("Amazon Ads sandbox listening on {} (report delay {}, {} campaigns per profile)", baseUrl,
                options.reportDelay(), options.campaignsPerProfile());
    }

    /** Starts a sandbox; {@code options.port()} 0 picks a free port (see {@link #baseUrl()}). */
    public static AdsSandbox start(SandboxOptions options) {
        try {
            return new AdsSandbox(options);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Amazon Ads sandbox on port " + options.port(), e);
        }
    }

    /** The Ads API base URL, {@code http://127.0.0.1:PORT}, as a region's {@code https://advertising-api...}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Login-with-Amazon's token endpoint of this sandbox. */
    public String tokenUrl() {
        return baseUrl + TokenEndpoint.PATH;
    }

    public SandboxFaults faults() {
        return faults;
    }

    public SandboxData data() {
        return data;
    }

    /** The seller's sales and traffic (the Selling Partner API side). */
    public SandboxSales sales() {
        return sales;
    }

    /** A full createReport quota again (15), as after a quarter of an hour without requests. */
    public void refillSalesQuota() {
        salesCreateQuota.reset();
    }

    /** The Selling Partner API's base URL: the same server ({@code https://sellingpartnerapi-eu.amazon.com}). */
    public String spApiUrl() {
        return baseUrl;
    }

    public SandboxStats stats() {
        return stats;
    }

    /** Stops listening at once; downloads in progress are cut. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        log.info("Amazon Ads sandbox on {} stopped", baseUrl);
    }

    private void route(String path, HttpHandler endpoint) {
        server.createContext(path, new SandboxHandler(endpoint, faults));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "ads-sandbox-" + count.incrementAndGet());
            // never keep a JVM (a test run, the app) alive just because the sandbox is still up
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Standalone: {@code --port=8181 --report-delay=PT5S --campaigns=25}; runs until the process is stopped. */
    public static void main(String[] args) throws InterruptedException {
        SandboxOptions options = SandboxOptions.defaults().withPort(8181);
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            String value = pair.length == 2 ? pair[1] : "";
            switch (pair[0]) {
                case "--port" -> options = options.withPort(Integer.parseInt(value));
                case "--report-delay" -> options = options.withReportDelay(Duration.parse(value));
                case "--campaigns" -> options = options.withCampaignsPerProfile(Integer.parseInt(value));
                default -> {
                    System.err.println("usage: AdsSandbox [--port=8181] [--report-delay=PT5S] [--campaigns=25]");
                    System.exit(2);
                }
            }
        }
        AdsSandbox sandbox = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        // the sandbox's credentials are public fixtures, printing them is the point
        System.out.println("Amazon Ads sandbox");
        System.out.println("  API base URL   " + sandbox.baseUrl());
        System.out.println("  token URL      " + sandbox.tokenUrl());
        System.out.println("  client id      " + SandboxAccounts.CLIENT_ID);
        System.out.println("  client secret  " + SandboxAccounts.CLIENT_SECRET);
        System.out.println("  refresh token  " + SandboxAccounts.REFRESH_TOKEN);
        SandboxAccounts.profiles().forEach(profile -> System.out.println("  profile        " + profile.profileId()
                + " (" + profile.countryCode() + ", " + profile.currencyCode() + ", " + profile.timezone() + ")"));
        stopped.await();
    }
}
