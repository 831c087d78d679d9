package org.complaintdesk.bootstrap;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptors;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionService;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.complaintdesk.adapters.grpc.AnalysisReportGrpcService;
import org.complaintdesk.adapters.grpc.CalendarGrpcService;
import org.complaintdesk.adapters.grpc.CallerConcurrencyLimit;
import org.complaintdesk.adapters.grpc.ComplainantViewGrpcService;
import org.complaintdesk.adapters.grpc.ComplaintEventGrpcService;
import org.complaintdesk.adapters.grpc.ComplaintGrpcService;
import org.complaintdesk.adapters.grpc.MalformedRequestGuard;
import org.complaintdesk.adapters.grpc.PortalBarrier;
import org.complaintdesk.adapters.grpc.StatisticsGrpcService;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.EmbeddedDatabase;
import org.complaintdesk.adapters.postgres.calendar.PostgresCalendarStore;
import org.complaintdesk.adapters.postgres.complaint.ComplainantSealing;
import org.complaintdesk.adapters.postgres.complaint.PostgresClockWatch;
import org.complaintdesk.adapters.postgres.complaint.PostgresComplaintNotices;
import org.complaintdesk.adapters.postgres.complaint.PostgresComplaintStore;
import org.complaintdesk.adapters.postgres.complaint.PostgresComplaintTimeline;
import org.complaintdesk.adapters.postgres.complaint.PostgresEventLog;
import org.complaintdesk.adapters.postgres.warning.PostgresEarlyWarnings;
import org.complaintdesk.adapters.postgres.warning.PostgresWarningsRaised;
import org.complaintdesk.adapters.postgres.warning.PostgresWarningFigures;
import org.complaintdesk.adapters.grpc.EarlyWarningGrpcService;
import org.complaintdesk.api.v1.EarlyWarningServiceGrpc;
import org.complaintdesk.application.warning.EvaluateWarnings;
import org.complaintdesk.application.warning.ListEarlyWarnings;
import org.complaintdesk.adapters.postgres.complaint.PostgresPersonalDataAccessLog;
import org.complaintdesk.adapters.postgres.complaint.PostgresTicketNumberSequence;
import org.complaintdesk.adapters.postgres.complaint.TimeOrderedIdGenerator;
import org.complaintdesk.adapters.postgres.personal.KeyedVerificationCodes;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;
import org.complaintdesk.adapters.postgres.publicview.PostgresVerificationFailures;
import org.complaintdesk.adapters.postgres.statistics.PostgresStatisticsStore;
import org.complaintdesk.adapters.report.PdfMonthlyReportRenderer;
import org.complaintdesk.adapters.report.XlsxMonthlyReportRenderer;
import org.complaintdesk.api.v1.CalendarServiceGrpc;
import org.complaintdesk.api.v1.ComplainantViewServiceGrpc;
import org.complaintdesk.api.v1.ComplaintEventServiceGrpc;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.AnalysisReportServiceGrpc;
import org.complaintdesk.api.v1.ComplaintStatisticsServiceGrpc;
import org.complaintdesk.application.calendar.ComputeDueTime;
import org.complaintdesk.application.calendar.CurrentCalendar;
import org.complaintdesk.application.calendar.GetCalendarYear;
import org.complaintdesk.application.calendar.ListCalendarYears;
import org.complaintdesk.application.calendar.UpdateCalendarYear;
import org.complaintdesk.application.complaint.GetComplaint;
import org.complaintdesk.application.complaint.ListComplaints;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.application.deadline.ClockMonitor;
import org.complaintdesk.application.deadline.ComplaintClocks;
import org.complaintdesk.application.deadline.PreviewDeadlines;
import org.complaintdesk.application.event.EventTail;
import org.complaintdesk.application.event.StreamComplaintEvents;
import org.complaintdesk.application.port.out.VerificationCodes;
import org.complaintdesk.application.privacy.ListPersonalDataAccesses;
import org.complaintdesk.application.privacy.PersonalDataDisclosures;
import org.complaintdesk.application.publicview.GetPublicComplaintView;
import org.complaintdesk.application.publicview.PublicViewLimits;
import org.complaintdesk.application.report.ComposeMonthlyReport;
import org.complaintdesk.application.report.DownloadMonthlyReport;
import org.complaintdesk.application.statistics.ComputeIndicators;
import org.complaintdesk.application.statistics.CountComplaints;
import org.complaintdesk.application.statistics.IndicatorsByDepartment;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.complaint.PriorityPolicy;
import org.complaintdesk.domain.complaint.SeverityPolicy;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: wires the PostgreSQL adapter and the use cases behind the gRPC server
 * (ComplaintService, CalendarService and ComplainantViewService), by hand, and takes them down in order.
 */
public final class ComplaintDesk implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ComplaintDesk.class);

    /** Ticket numbers reserved per round trip; see PostgresTicketNumberSequence for the trade-off. */
    static final int TICKET_BLOCK_SIZE = 100;
    /** The sequencer, the relay and the stream readers: one connection each at most, and one to spare. */
    static final int EVENT_POOL_SIZE = 4;
    /**
     * Statistics questions scan up to a year's facts for a second or more: a pool of their own, so
     * that they never hold the connections the steps wait for; four at a time, the others wait.
     */
    static final int STATISTICS_POOL_SIZE = 4;
    /** Rows sealed per transaction when rows of earlier versions hold the complainant's data in plaintext. */
    static final int SEALING_BATCH_SIZE = 1_000;

    private final Server server;
    private final ConnectionLimit connections;
    private final HealthStatusManager health;
    private final ExecutorService callExecutor;
    private final Duration shutdownGrace;
    private final Optional<Database> ownedDatabase;
    private final Optional<EmbeddedDatabase> ownedEmbedded;
    private final ClockMonitor monitor;
    private final Optional<MonitorJob> monitorJob;
    private final EvaluateWarnings warningEvaluation;
    private final Optional<WarningJob> warningJob;
    private final RollupJob rollupJob;
    private final ComplaintEventGrpcService events;
    private final EventJob eventJob;
    private final Database eventDatabase;
    private final Database statisticsDatabase;
    private final Optional<KafkaRelay> kafkaRelay;
    private final Authentication authentication;
    private final Observability observability;
    private final Supplier<ClockMonitor.Pass> monitorPasses;
    private final Tracing tracing;
    private final VerificationCodes verificationCodes;
    private boolean closed;

    private ComplaintDesk(Database database, Clock clock, int port, ServerCredentials transport, Duration shutdownGrace,
                          HandlingPolicy policy,
                          Duration calendarRefresh, DeadlinePolicies deadlinePolicies, MonitorSettings monitorSettings,
                          Optional<Database> ownedDatabase, Optional<EmbeddedDatabase> ownedEmbedded,
                          ServerLimits limits, PersonalDataCipher personalData, VerificationCodes codes,
                          PublicViewLimits publicViewLimits,
                          Authentication authentication, Observability observability, Tracing tracing,
                          NoticeWiring notices, KafkaSettings kafka, WarningSettings warningSettings) throws IOException {
        this.shutdownGrace = shutdownGrace;
        this.verificationCodes = codes;
        this.observability = observability;
        this.tracing = tracing;
        this.authentication = authentication;
        this.ownedDatabase = ownedDatabase;
        this.ownedEmbedded = ownedEmbedded;
        // Transactions run within a call are spans of their own, children of the call's span.
        var dsl = tracing.traced(database.dsl());

        var calendarStore = new PostgresCalendarStore(dsl);
        // One calendar per instance, in the business time zone: whatever counts working days here
        // sees a change made through this instance at once.
        var currentCalendar = new CurrentCalendar(calendarStore, clock.getZone(), clock, calendarRefresh);
        var store = new PostgresComplaintStore(dsl, personalData);
        var timeline = new PostgresComplaintTimeline(dsl);
        var priorities = new PriorityPolicy();
        var severities = new SeverityPolicy();
        // The review window clock shows the window that RequestReview enforces.
        var deadlines = DeadlineSettings.agreeingWith(policy, deadlinePolicies);
        var clocks = new ComplaintClocks(timeline, currentCalendar, deadlines, clock);
        // The acceptance notice carries the code the complainant's public view asks for.
        var issuer = notices.issuer(clocks, clock, Optional.of(codes));
        var watch = new PostgresClockWatch(dsl, personalData);
        this.monitor = new ClockMonitor(watch, clocks, currentCalendar, monitorSettings.supervision(),
                monitorSettings.alertHours(), monitorSettings.notifier(), issuer, clock, monitorSettings.batchSize());
        // The registration records the monitor's first look itself, sparing the monitor a pass on
        // each new complaint; those with alerts due at once are still left to the monitor.
        // It stores its answer's record of personal data access too, in the same commit.
        var accessLog = new PostgresPersonalDataAccessLog(dsl);
        var disclosures = new PersonalDataDisclosures(accessLog, clock, UUID::randomUUID);
        var register = new RegisterComplaint(store, new PostgresTicketNumberSequence(dsl, TICKET_BLOCK_SIZE),
                new TimeOrderedIdGenerator(), clock, severities, priorities, monitor::firstLook, disclosures);
        var handling = HandlingWiring.useCases(store, timeline, clock, policy, priorities, clocks, issuer,
                new PostgresComplaintNotices(dsl), monitorSettings.notifier());
        var complaints = new ComplaintGrpcService(register, new GetComplaint(store), new ListComplaints(store), handling,
                clocks, new PreviewDeadlines(currentCalendar, deadlines, severities, clock), disclosures,
                new ListPersonalDataAccesses(accessLog, store));
        var publicView = new ComplainantViewGrpcService(new GetPublicComplaintView(store, clocks, codes,
                new PostgresVerificationFailures(dsl), publicViewLimits, clock, UUID::randomUUID));
        var calendar = new CalendarGrpcService(new GetCalendarYear(calendarStore), new ListCalendarYears(calendarStore),
                new UpdateCalendarYear(calendarStore, currentCalendar, clock, watch), new ComputeDueTime(currentCalendar));
        this.statisticsDatabase = database.companion("complaintdesk-statistics", STATISTICS_POOL_SIZE);
        var statisticsStore = new PostgresStatisticsStore(statisticsDatabase.dsl(), clock.getZone());
        this.rollupJob = new RollupJob(statisticsStore, RollupJob.INTERVAL, RollupJob.FACT_INTERVAL);
        var countComplaints = new CountComplaints(statisticsStore, clock.getZone());
        var computeIndicators = new ComputeIndicators(statisticsStore, clock.getZone(), clock);
        var indicatorsByDepartment = new IndicatorsByDepartment(statisticsStore, clock.getZone(), clock);
        var statistics = new StatisticsGrpcService(countComplaints, computeIndicators, indicatorsByDepartment);
        // No source of warnings is wired yet: the report's warning section says none are recorded.
        var reports = new AnalysisReportGrpcService(new DownloadMonthlyReport(
                new ComposeMonthlyReport(countComplaints, computeIndicators, indicatorsByDepartment,
                        Optional.of(new PostgresWarningsRaised(dsl, clock.getZone())),
                        clock.getZone(), clock),
                List.of(new XlsxMonthlyReportRenderer(), new PdfMonthlyReportRenderer())));
        this.monitorPasses = observability.passes(monitor);
        observability.observe(database, clock);
        this.monitorJob = monitorSettings.enabled()
                ? Optional.of(new MonitorJob(monitorPasses, monitorSettings.interval())) : Optional.empty();
        var earlyWarnings = new PostgresEarlyWarnings(dsl);
        this.warningEvaluation = new EvaluateWarnings(warningSettings.rules(), new PostgresWarningFigures(dsl),
                earlyWarnings, clock, clock.getZone());
        this.warningJob = warningSettings.enabled()
                ? Optional.of(new WarningJob(warningEvaluation, warningSettings.interval())) : Optional.empty();
        var warnings = new EarlyWarningGrpcService(new ListEarlyWarnings(earlyWarnings));
        // A pool of its own, so that the delay from commit to subscriber does not include a wait
        // behind busy calls for a connection; untraced, as passes every 50 ms would drown the traces.
        this.eventDatabase = database.companion("complaintdesk-events", EVENT_POOL_SIZE);
        var eventLog = new PostgresEventLog(eventDatabase.dsl());
        // The triggers stamp rows with the database's time, not the service's clock.
        eventLog.preparePartitions(Instant.now());
        var eventTail = new EventTail();
        this.events = new ComplaintEventGrpcService(
                new StreamComplaintEvents(eventLog, store, accessLog, clock, UUID::randomUUID), eventTail);
        this.eventJob = new EventJob(eventLog, eventTail, EventJob.INTERVAL);

        this.health = new HealthStatusManager();
        // Platform threads, reused: the crypto and JDBC libraries keep per-thread caches (Tink's
        // SecureRandom and Cipher, among others) that a new virtual thread per call would build
        // anew on every call, which cost more CPU than the call's own work. The database pool
        // bounds the load; an idle thread ends after a minute.
        this.callExecutor = Executors.newCachedThreadPool(Thread.ofPlatform().name("grpc-call-", 0).daemon().factory());
        // One limit for both services: it counts a caller's calls to either.
        var perCaller = new CallerConcurrencyLimit(limits.maxCallsPerCaller());
        // A portal's token may only ask for the public view: the other services turn it away.
        var portalBarrier = new PortalBarrier();
        this.connections = new ConnectionLimit(limits.maxConnections());
        try {
            this.server = observability.measure(connections.applyTo(limits.applyTo(NettyServerBuilder.forPort(port, transport))))
                    .executor(callExecutor)
                    // The caller is authenticated first (the outermost interceptor), then counted.
                    .addService(tracing.intercept(ServerInterceptors.intercept(MalformedRequestGuard.guard(complaints),
                            portalBarrier, perCaller, authentication.interceptor())))
                    .addService(tracing.intercept(ServerInterceptors.intercept(MalformedRequestGuard.guard(calendar),
                            portalBarrier, perCaller, authentication.interceptor())))
                    .addService(tracing.intercept(ServerInterceptors.intercept(MalformedRequestGuard.guard(publicView),
                            perCaller, authentication.interceptor())))
                    .addService(tracing.intercept(ServerInterceptors.intercept(MalformedRequestGuard.guard(events),
                            perCaller, authentication.interceptor())))
                    .addService(tracing.intercept(ServerInterceptors.intercept(MalformedRequestGuard.guard(statistics),
                            perCaller, authentication.interceptor())))
                    .addService(tracing.intercept(ServerInterceptors.intercept(MalformedRequestGuard.guard(reports),
                            perCaller, authentication.interceptor())))
                    .addService(tracing.intercept(ServerInterceptors.intercept(MalformedRequestGuard.guard(warnings),
                            perCaller, authentication.interceptor())))
                    // Health checks and reflection need no token: load balancers and buf curl use them. A body
                    // that does not parse is INVALID_ARGUMENT there too, not a stack trace in the log.
                    .addService(MalformedRequestGuard.guard(health.getHealthService()))
                    .addService(MalformedRequestGuard.guard(ProtoReflectionServiceV1.newInstance()))
                    .addService(MalformedRequestGuard.guard(ProtoReflectionService.newInstance()))
                    .build()
                    .start();
        } catch (IOException | RuntimeException e) {
            // Its event loops are this desk's: a server that did not start leaves no threads behind.
            connections.close();
            warningJob.ifPresent(WarningJob::close);
            rollupJob.close();
            eventJob.close();
            eventDatabase.close();
            statisticsDatabase.close();
            throw e;
        }
        try {
            this.kafkaRelay = KafkaRelay.start(kafka, eventLog, observability);
        } catch (RuntimeException e) {
            // A client setting the Kafka producer refuses: the start fails and leaves nothing running.
            server.shutdownNow();
            connections.close();
            eventJob.close();
            eventDatabase.close();
            statisticsDatabase.close();
            throw e;
        }
        health.setStatus(ComplaintServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
        health.setStatus(CalendarServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
        health.setStatus(ComplaintEventServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
        health.setStatus(ComplainantViewServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
        health.setStatus(ComplaintStatisticsServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
        health.setStatus(AnalysisReportServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
        health.setStatus(EarlyWarningServiceGrpc.SERVICE_NAME, ServingStatus.SERVING);
        health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.SERVING);
        observability.serving(database);
    }

    /** Starts the service as configured: on the external PostgreSQL if one is given, else on an embedded one. */
    public static ComplaintDesk start(Config config) {
        EmbeddedDatabase embedded = null;
        Database database = null;
        // Before any database starts: a missing or foreign keyset stops the start at once.
        PersonalDataKeys keys = config.personalData().keys(config.dataDirectory());
        var personalData = new PersonalDataCipher(keys);
        // Before any database starts: an unreachable identity provider stops the start at once.
        Authentication authentication = Authentication.configured(config.authentication(), config.dataDirectory(),
                config.tls());
        ServerCredentials transport = config.tls().credentials();
        Tracing tracing = Tracing.start(config.tracing());
        if (!config.tls().enabled() && config.externalDatabase().isPresent()) {
            log.warn("the gRPC port speaks plaintext: bearer tokens and personal data cross the network unencrypted; "
                    + "set COMPLAINTS_TLS_CERT_FILE and COMPLAINTS_TLS_KEY_FILE unless a proxy terminates TLS in front");
        }
        // Before any database starts: liveness answers while it starts and the schema migrates.
        Observability observability;
        try {
            observability = Observability.start(config.admin());
        } catch (RuntimeException e) {
            tracing.close();
            throw e;
        }
        try {
            if (config.externalDatabase().isPresent()) {
                var db = config.externalDatabase().get();
                log.info("using external PostgreSQL at {}", db.url());
                database = Database.connect(db.url(), db.user(), db.password(), config.poolSize());
            } else {
                embedded = EmbeddedDatabase.start(config.dataDirectory().resolve("pgdata"));
                log.info("started embedded PostgreSQL with data in {}", embedded.dataDirectory());
                database = Database.connect(embedded.jdbcUrl(), embedded.user(), embedded.password(), config.poolSize());
            }
            // Rows of earlier versions hold the complainant's data in plaintext: sealed before serving.
            new ComplainantSealing(database.dsl(), personalData).sealPlaintextRows(SEALING_BATCH_SIZE);
            log.info("deadline rules: {}", config.deadlinePolicies());
            log.info("{}", config.noticeTemplates().describe());
            log.info("early warning: {}", config.warnings());
            log.info("{}; a gateway confirms a notice within {}", config.noticeSenders().describe(),
                    config.noticeConfirmWithin());
            return new ComplaintDesk(database, serviceClock(config.zone()), config.port(), transport, config.shutdownGrace(),
                    config.handlingPolicy(), config.calendarRefresh(), config.deadlinePolicies(), config.monitor(),
                    Optional.of(database), Optional.ofNullable(embedded), config.serverLimits(), personalData,
                    new KeyedVerificationCodes(keys), config.publicView(), authentication, observability, tracing,
                    NoticeWiring.of(config), config.kafka(), config.warnings());
        } catch (IOException | RuntimeException e) {
            tracing.close();
            observability.close();
            if (database != null) {
                database.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not start the gRPC server", io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The system clock in the business time zone, ticking in the microseconds the register keeps. */
    public static Clock serviceClock(java.time.ZoneId zone) {
        return Clock.tick(Clock.system(zone), Duration.ofNanos(1_000));
    }

    /**
     * Serves on a database the caller owns and closes (tests, benchmarks); port 0 picks a free port.
     * The complainant's data is sealed with this JVM's ephemeral keys ({@link PersonalDataKeys#ephemeral()}).
     */
    public static ComplaintDesk startOn(Database database, Clock clock, int port) {
        return startOn(database, clock, port, HandlingPolicy.defaults());
    }

    /** Like {@link #startOn(Database, Clock, int)}, with the public view's limits on guessing codes. */
    public static ComplaintDesk startOn(Database database, Clock clock, int port, PublicViewLimits publicView) {
        return startOn(database, clock, port, HandlingPolicy.defaults(), Config.DEFAULT_CALENDAR_REFRESH,
                DeadlinePolicies.seedForAll(), MonitorSettings.OFF, Authentication.by(DevelopmentIssuer.ephemeral()),
                AdminSettings.OFF, Tracing.off(), publicView);
    }

    /** Like {@link #startOn(Database, Clock, int)}, with the organisation's handling rules. */
    public static ComplaintDesk startOn(Database database, Clock clock, int port, HandlingPolicy policy) {
        return startOn(database, clock, port, policy, Config.DEFAULT_CALENDAR_REFRESH);
    }

    /** Like {@link #startOn(Database, Clock, int, HandlingPolicy)}, re-reading the calendar after {@code calendarRefresh}. */
    public static ComplaintDesk startOn(Database database, Clock clock, int port, HandlingPolicy policy,
                                        Duration calendarRefresh) {
        return startOn(database, clock, port, policy, calendarRefresh, DeadlinePolicies.seedForAll());
    }

    /**
     * Like {@link #startOn(Database, Clock, int, HandlingPolicy, Duration)}, with the deadline rules per
     * unit. The clock monitor does not run: the callers that drive it say how.
     */
    public static ComplaintDesk startOn(Database database, Clock clock, int port, HandlingPolicy policy,
                                        Duration calendarRefresh, DeadlinePolicies deadlines) {
        return startOn(database, clock, port, policy, calendarRefresh, deadlines, MonitorSettings.OFF);
    }

    /**
     * Like {@link #startOn(Database, Clock, int, HandlingPolicy, Duration, DeadlinePolicies)}, with a clock
     * monitor. Callers authenticate with tokens of a development issuer made for this desk, whose key
     * lives in memory: {@link #developmentIssuer()} mints them.
     */
    public static ComplaintDesk startOn(Database database, Clock clock, int port, HandlingPolicy policy,
                                        Duration calendarRefresh, DeadlinePolicies deadlines, MonitorSettings monitor) {
        return startOn(database, clock, port, policy, calendarRefresh, deadlines, monitor,
                Authentication.by(DevelopmentIssuer.ephemeral()));
    }

    /** Like {@link #startOn(Database, Clock, int, HandlingPolicy, Duration, DeadlinePolicies, MonitorSettings)}, authenticating callers as given. */
    public static ComplaintDesk startOn(Database database, Clock clock, int port, HandlingPolicy policy,
                                        Duration calendarRefresh, DeadlinePolicies deadlines, MonitorSettings monitor,
                                        Authentication authentication) {
        return startOn(database, clock, port, policy, calendarRefresh, deadlines, monitor, authentication,
                AdminSettings.OFF, Tracing.off(), PublicViewLimits.DEFAULTS);
    }

    /** Like {@link #startOn(Database, Clock, int, HandlingPolicy, Duration, DeadlinePolicies, MonitorSettings, Authentication)}, with an admin port. */
    public static ComplaintDesk startOn(Database database, Clock clock, int port, HandlingPolicy policy,
                                        Duration calendarRefresh, DeadlinePolicies deadlines, MonitorSettings monitor,
                                        Authentication authentication, AdminSettings admin) {
        return startOn(database, clock, port, policy, calendarRefresh, deadlines, monitor, authentication, admin,
                Tracing.off(), PublicViewLimits.DEFAULTS);
    }

    /** Like {@link #startOn(Database, Clock, int)}, tracing as {@code tracing} says; the desk closes it. */
    public static ComplaintDesk startOn(Database database, Clock clock, int port, Tracing tracing) {
        return startOn(database, clock, port, HandlingPolicy.defaults(), Config.DEFAULT_CALENDAR_REFRESH,
                DeadlinePolicies.seedForAll(), MonitorSettings.OFF, Authentication.by(DevelopmentIssuer.ephemeral()),
                AdminSettings.OFF, tracing, PublicViewLimits.DEFAULTS);
    }

    /**
     * As {@link #startOn(Database, Clock, int)}, publishing the events to Kafka as configured: for
     * benchmarks and tests of the relay.
     */
    public static ComplaintDesk startOn(Database database, Clock clock, int port, KafkaSettings kafka) {
        return startOn(database, clock, port, HandlingPolicy.defaults(), Config.DEFAULT_CALENDAR_REFRESH,
                DeadlinePolicies.seedForAll(), MonitorSettings.OFF, Authentication.by(DevelopmentIssuer.ephemeral()),
                AdminSettings.OFF, Tracing.off(), PublicViewLimits.DEFAULTS, kafka, WarningSettings.OFF);
    }

    private static ComplaintDesk startOn(Database database, Clock clock, int port, HandlingPolicy policy,
                                         Duration calendarRefresh, DeadlinePolicies deadlines, MonitorSettings monitor,
                                         Authentication authentication, AdminSettings admin, Tracing tracing,
                                         PublicViewLimits publicView) {
        return startOn(database, clock, port, policy, calendarRefresh, deadlines, monitor, authentication, admin, tracing,
                publicView, KafkaSettings.OFF, WarningSettings.OFF);
    }

    /** Like {@link #startOn(Database, Clock, int)}, evaluating the early-warning rules as {@code warnings} says. */
    public static ComplaintDesk startOn(Database database, Clock clock, int port, WarningSettings warnings) {
        return startOn(database, clock, port, HandlingPolicy.defaults(), Config.DEFAULT_CALENDAR_REFRESH,
                DeadlinePolicies.seedForAll(), MonitorSettings.OFF, Authentication.by(DevelopmentIssuer.ephemeral()),
                AdminSettings.OFF, Tracing.off(), PublicViewLimits.DEFAULTS, KafkaSettings.OFF, warnings);
    }

    private static ComplaintDesk startOn(Database database, Clock clock, int port, HandlingPolicy policy,
                                         Duration calendarRefresh, DeadlinePolicies deadlines, MonitorSettings monitor,
                                         Authentication authentication, AdminSettings admin, Tracing tracing,
                                         PublicViewLimits publicView, KafkaSettings kafka,
                                         WarningSettings warnings) {
        Observability observability = Observability.start(admin);
        try {
            return new ComplaintDesk(database, clock, port, InsecureServerCredentials.create(), Duration.ofSeconds(5),
                    policy, calendarRefresh, deadlines, monitor, Optional.empty(), Optional.empty(), ServerLimits.DEFAULTS,
                    new PersonalDataCipher(PersonalDataKeys.ephemeral()),
                    new KeyedVerificationCodes(PersonalDataKeys.ephemeral()), publicView, authentication, observability,
                    tracing, NoticeWiring.DEFAULTS, kafka, warnings);
        } catch (IOException | RuntimeException e) {
            tracing.close();
            observability.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not start the gRPC server", io);
            }
            throw (RuntimeException) e;
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The admin HTTP port (metrics and probes), if there is one. */
    public OptionalInt adminPort() {
        return observability.port();
    }

    /** The issuer whose tokens this desk accepts, when it is its own (no identity provider configured). */
    public Optional<DevelopmentIssuer> developmentIssuer() {
        return authentication.developmentIssuer();
    }

    /**
     * The complainants' verification codes, under the index keyset of the personal data: what the
     * acceptance notice tells, and what the public view checks.
     */
    public VerificationCodes verificationCodes() {
        return verificationCodes;
    }

    /** One pass of this instance's early-warning rules, now: for tests and operators' tools. */
    public EvaluateWarnings.Pass runWarningsOnce() {
        return warningEvaluation.run();
    }

    /** One pass of this instance's clock monitor, now: for benchmarks and operators' tools. */
    public ClockMonitor.Pass runMonitorOnce() {
        return monitorPasses.get();
    }

    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    /**
     * Graceful stop: refuse new calls, let calls in flight finish within the grace period, then
     * close the pool, then stop the embedded database.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Load balancers take the instance out at once; the admin port stays open until the end.
        observability.stopping();
        log.info("stopping: refusing new calls, letting calls in flight finish (up to {})", shutdownGrace);
        health.enterTerminalState();
        // Streams never end by themselves: end them now, so that subscribers resume elsewhere.
        events.close();
        server.shutdown();
        try {
            if (!server.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("calls still running after {}; cancelling them", shutdownGrace);
                server.shutdownNow();
                server.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        }
        connections.close();
        callExecutor.shutdown();
        // Every call has ended: its spans are the last to export.
        tracing.close();
        // The monitor's pass in progress ends before the pool it writes through closes.
        monitorJob.ifPresent(MonitorJob::close);
        warningJob.ifPresent(WarningJob::close);
        rollupJob.close();
        eventJob.close();
        // The relay's pass in progress ends (published and its cursor moved, or neither) before the pool closes.
        kafkaRelay.ifPresent(KafkaRelay::close);
        eventDatabase.close();
        statisticsDatabase.close();
        ownedDatabase.ifPresent(database -> {
            database.close();
            log.info("connection pool closed");
        });
        ownedEmbedded.ifPresent(embedded -> {
            embedded.close();
            log.info("embedded PostgreSQL stopped");
        });
        observability.close();
        log.info("stopped");
    }
}
