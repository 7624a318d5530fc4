package io.adsync.web.console;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;

/**
 * Runs console work that can outlive a click (a manual sync polls for minutes; a collect first
 * finishes restarting a failed one) off the request thread, so the page answers at once and shows
 * progress instead of a spinner that never ends.
 */
@Component
public class ConsoleTasks implements DisposableBean {

    /**
     * At most this many tasks at once (manual syncs, launches): clicks beyond it are told to wait
     * rather than each getting a thread; no queue, since a task queued behind minutes-long syncs
     * would look to its user like a click that did nothing.
     */
    static final int MAX_TASKS = 8;

    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(0, MAX_TASKS, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "console-task-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
    /** The latest task of each key; a finished one is replaced by the next task of its key. */
    private final Map<String, Future<?>> byKey = new ConcurrentHashMap<>();

    /** @throws TaskRejectedException when {@link #MAX_TASKS} tasks are running, with a message for the user */
    public <T> Future<T> submit(Callable<T> task) {
        try {
            return executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw new TaskRejectedException("The console is already running " + MAX_TASKS
                    + " tasks (syncs and launches); try again when one of them has finished.", e);
        }
    }

    /**
     * Runs the task and waits at most {@code patience} for it: the result if it came, else empty
     * while it carries on in the background. While a task of the same key is still running this
     * waits for that one instead of starting a second: a double click, or two tabs, get the first
     * click's outcome.
     *
     * @throws RuntimeException what the task threw, if it failed within {@code patience}
     */
    @SuppressWarnings("unchecked")
    public <T> Outcome<T> runOnce(String key, Callable<T> task, Duration patience) {
        Future<?> future = byKey.compute(key, (k, current) ->
                current != null && !current.isDone() ? current : submit(task));
        return await((Future<T>) future, patience);
    }

    private static <T> Outcome<T> await(Future<T> future, Duration patience) {
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
