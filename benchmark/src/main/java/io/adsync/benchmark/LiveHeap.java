package io.adsync.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap the program holds: what is in use right after a full collection, as the collector
 * reports it. Read from the heap afterwards, it would also count whatever other threads allocated
 * in between; and {@code System.gc()} is skipped when another collection slips in first, so it is
 * asked again until a collection it caused has been reported.
 */
final class LiveHeap {

    private static final String CAUSE = "System.gc()";
    private static final int ATTEMPTS = 20;

    private final BlockingQueue<Long> afterRequestedCollections = new LinkedBlockingQueue<>();

    LiveHeap() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(
                    (notification, handback) -> record(notification), null, null);
        }
    }

    long measure() throws InterruptedException {
        afterRequestedCollections.clear();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            System.gc();
            Long live = afterRequestedCollections.poll(500, TimeUnit.MILLISECONDS);
            if (live != null) {
                return live;
            }
        }
        throw new IllegalStateException("System.gc() never collected; run the probe without -XX:+DisableExplicitGC");
    }

    private void record(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        if (CAUSE.equals(info.getGcCause())) {
            afterRequestedCollections.add(info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                    .mapToLong(MemoryUsage::getUsed).sum());
        }
    }
}
