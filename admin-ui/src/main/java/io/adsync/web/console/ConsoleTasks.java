package io.adsync.web.console;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs console work that can outlive a click (a manual sync polls for minutes; a collect first
 * finishes restarting a failed one) off the request thread, so the page answers at once and shows
 * progress instead of a spinner that never ends.
 */
@Component
public class ConsoleTasks implements DisposableBean {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "console-task-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public <T> Future<T> submit(Callable<T> task) {
        return executor.submit(task);
    }

    /**
     * Runs the task and waits at most {@code patience} for it: the result if it came, else empty
     * while it carries on in the background.
     *
     * @throws RuntimeException what the task threw, if it failed within {@code patience}
     */
    public <T> Outcome<T> run(Callable<T> task, Duration patience) {
        Future<T> future = submit(task);
        try {
            return new Outcome<>(future.get(patience.toMillis(), TimeUnit.MILLISECONDS), false);
        } catch (TimeoutException stillRunning) {
            return new Outcome<>(null, true);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, true);
        }
    }

    /** @param result the task's result, null while {@code stillRunning} */
    public record Outcome<T>(T result, boolean stillRunning) {
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
