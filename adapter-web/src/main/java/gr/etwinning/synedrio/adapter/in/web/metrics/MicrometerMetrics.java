package gr.etwinning.synedrio.adapter.in.web.metrics;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.port.out.metrics.BacklogPort;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The metrics operators watch, kept by Micrometer and read in the Prometheus text format ({@link #scrape()}).
 * Counters only count up; Prometheus turns them into rates ({@code rate(synedrio_bookings_total[1m])} is bookings
 * per second). Micrometer stays here: the services and the database only know {@link MetricsPort}.
 *
 * <ul>
 *   <li>{@code synedrio_bookings_total{status="confirmed"|"waiting"}}: bookings made;</li>
 *   <li>{@code synedrio_registrations_total}: new registrations;</li>
 *   <li>{@code synedrio_transaction_retries_total{cause="conflict"|"connection_lost"|"uniqueness_race"}};</li>
 *   <li>{@code synedrio_connection_wait_seconds} (count, sum, max): each transaction's wait for its turn at the
 *       pool's connections, zero when one was free;</li>
 *   <li>{@code synedrio_unavailable_responses_total}: requests answered 503;</li>
 *   <li>{@code synedrio_outbox_backlog}: mail not yet sent, read from {@link BacklogPort} at each scrape.</li>
 * </ul>
 */
@Singleton
public final class MicrometerMetrics implements MetricsPort {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter confirmed;
    private final Counter waiting;
    private final Counter registrations;
    private final Map<RetryCause, Counter> retries = new EnumMap<>(RetryCause.class);
    private final Timer connectionWait;
    private final Counter unavailable;

    @Inject
    public MicrometerMetrics(BacklogPort backlog) {
        Objects.requireNonNull(backlog, "'backlog' must not be null");
        confirmed = Counter.builder("synedrio.bookings").tag("status", "confirmed")
                .description("Workshop bookings made").register(registry);
        waiting = Counter.builder("synedrio.bookings").tag("status", "waiting")
                .description("Workshop bookings made").register(registry);
        registrations = Counter.builder("synedrio.registrations").description("New registrations stored")
                .register(registry);
        for (RetryCause cause : RetryCause.values()) {
            retries.put(cause, Counter.builder("synedrio.transaction.retries")
                    .tag("cause", cause.name().toLowerCase(Locale.ROOT))
                    .description("Transactions rolled back and run again, by cause").register(registry));
        }
        connectionWait = Timer.builder("synedrio.connection.wait")
                .description("How long transactions waited for their turn at the database's connections")
                .register(registry);
        unavailable = Counter.builder("synedrio.unavailable.responses")
                .description("Requests answered 503: the database unreachable or too busy").register(registry);
        Gauge.builder("synedrio.outbox.backlog", backlog, BacklogPort::outboxBacklog)
                .description("Mail in the outbox not yet sent").strongReference(true).register(registry);
    }

    @Override
    public void bookingMade(boolean isConfirmed) {
        (isConfirmed ? confirmed : waiting).increment();
    }

    @Override
    public void registrationMade() {
        registrations.increment();
    }

    @Override
    public void transactionRetried(RetryCause cause) {
        retries.get(cause).increment();
    }

    @Override
    public void waitedForConnection(long nanos) {
        connectionWait.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void refusedUnavailable() {
        unavailable.increment();
    }

    /** Every metric in the Prometheus text exposition format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    /** The media type of {@link #scrape()}. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
}
