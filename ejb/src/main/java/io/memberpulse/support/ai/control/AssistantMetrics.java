package io.memberpulse.support.ai.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The assistant's usage: drafts requested, used as sent, edited, discarded; summaries generated; provider latency
 * and failures. Published through MicroProfile Metrics ({@code /metrics}, names {@code memberpulse_ai_*}) and kept
 * here for the administrators' view, since this node started.
 */
@ApplicationScoped
public class AssistantMetrics {

    private static final int LATENCIES = 512;

    @Inject
    MetricRegistry registry;

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<String, long[]> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> seen = new ConcurrentHashMap<>();

    public void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
        registry.counter("memberpulse_ai_" + what).inc();
    }

    /** Runs the work and records how long it took; a failure is counted and thrown on. */
    public <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } catch (RuntimeException failed) {
            count(what + "_failures");
            throw failed;
        } finally {
            long nanos = System.nanoTime() - start;
            registry.timer("memberpulse_ai_" + what + "_latency").update(Duration.ofNanos(nanos));
            long n = seen.computeIfAbsent(what, k -> new AtomicLong()).getAndIncrement();
            long[] ring = latencies.computeIfAbsent(what, k -> new long[LATENCIES]);
            synchronized (ring) {
                ring[(int) (n % LATENCIES)] = nanos;
            }
        }
    }

    /** Counts, and the median and 95th percentile latency in milliseconds of the last few hundred calls. */
    public Map<String, Object> snapshot() {
        Map<String, Object> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        latencies.forEach((what, ring) -> {
            long n = Math.min(seen.get(what).get(), LATENCIES);
            long[] copy;
            synchronized (ring) {
                copy = Arrays.copyOf(ring, (int) n);
            }
            Arrays.sort(copy);
            if (n > 0) {
                out.put(what + "_p50_ms", Math.round(copy[(int) ((n - 1) * 0.5)] / 10_000.0) / 100.0);
                out.put(what + "_p95_ms", Math.round(copy[(int) ((n - 1) * 0.95)] / 10_000.0) / 100.0);
            }
        });
        return out;
    }
}
