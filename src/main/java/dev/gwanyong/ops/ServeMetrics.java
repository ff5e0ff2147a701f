package dev.gwanyong.ops;

import dev.gwanyong.answer.Language;
import dev.gwanyong.index.IndexStore;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.time.Duration;

/**
 * The counters {@code serve} exposes on {@code /metrics}. Labels take only values from fixed sets
 * (platform ids, language codes, outcomes), never member text, so the number of series stays small.
 */
public final class ServeMetrics {

  /** What became of a question. */
  public enum Outcome {
    ANSWERED,
    REFUSED,
    FAILED;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Answers take milliseconds when warm (docs/measuring.md); the upper buckets catch a cold or
   * overloaded JVM.
   */
  private static final double[] LATENCY_BUCKETS = {
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter questions =
      Counter.builder()
          .name("gwanyong_questions")
          .help("Questions from chat, by platform, question language and outcome")
          .labelNames("platform", "language", "outcome")
          .register(registry);
  private final Histogram latency =
      Histogram.builder()
          .name("gwanyong_answer_duration_seconds")
          .unit(Unit.SECONDS)
          .help("Time to answer or refuse a chat question, from retrieval to the composed answer")
          .labelNames("platform")
          .classicOnly()
          .classicUpperBounds(LATENCY_BUCKETS)
          .register(registry);
  private final Counter votes =
      Counter.builder()
          .name("gwanyong_votes")
          .help("Votes on answers, by platform and vote (up or down)")
          .labelNames("platform", "vote")
          .register(registry);
  private final Counter moderation =
      Counter.builder()
          .name("gwanyong_moderation_actions")
          .help("/kb commands, by platform and result (succeeded, refused or failed)")
          .labelNames("platform", "result")
          .register(registry);

  private final Gauge adapters =
      Gauge.builder()
          .name("gwanyong_adapter_started")
          .help(
              "1 for a chat adapter serve started, 0 for one whose tokens are set but that failed"
                  + " to start")
          .labelNames("platform")
          .register(registry);

  /**
   * Whether a configured adapter started. {@code serve} goes on with the others when one fails, and
   * {@code /readyz} checks only those that started, so this is where a monitor sees the one that
   * did not.
   */
  public void adapter(String platform, boolean started) {
    adapters.labelValues(platform).set(started ? 1 : 0);
  }

  /** A question answered, refused or failed, and how long it took. */
  public void question(String platform, Language language, Outcome outcome, Duration took) {
    questions.labelValues(platform, language.code(), outcome.label()).inc();
    latency.labelValues(platform).observe(took.toNanos() / 1e9);
  }

  public void vote(String platform, boolean helpful) {
    votes.labelValues(platform, helpful ? "up" : "down").inc();
  }

  /**
   * A {@code /kb} command: {@code succeeded}, {@code refused} (not allowed, or bad input) or {@code
   * failed}.
   */
  public void moderation(String platform, String result) {
    moderation.labelValues(platform, result).inc();
  }

  /** Reports the live index at every scrape: its generation, sources, passages and size on disk. */
  public void watch(IndexStore store) {
    GaugeWithCallback.builder()
        .name("gwanyong_index_generation")
        .help("Number of the index generation being served; it grows with every rebuild")
        .callback(cb -> store.generation().ifPresent(g -> cb.call(g.number())))
        .register(registry);
    GaugeWithCallback.builder()
        .name("gwanyong_index_size_bytes")
        .unit(Unit.BYTES)
        .help("Size on disk of the index generation being served")
        .callback(cb -> store.generation().ifPresent(g -> cb.call(g.bytes())))
        .register(registry);
    GaugeWithCallback.builder()
        .name("gwanyong_index_sources")
        .help("Sources in the index being served")
        .callback(cb -> store.info().ifPresent(i -> cb.call(i.sources())))
        .register(registry);
    GaugeWithCallback.builder()
        .name("gwanyong_index_passages")
        .help("Passages (sentences) in the index being served")
        .callback(cb -> store.info().ifPresent(i -> cb.call(i.passages())))
        .register(registry);
  }

  MetricSnapshots scrape() {
    return registry.scrape();
  }
}
