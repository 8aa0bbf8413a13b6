package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.adapter.out.persistence.JooqCommentRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqFigureRepository;
import gr.etwinning.synedrio.application.port.out.comment.CommentRepository;
import gr.etwinning.synedrio.application.port.out.figure.FigureRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqOutbox;
import gr.etwinning.synedrio.adapter.out.persistence.JooqCertificateRepository;
import gr.etwinning.synedrio.application.port.out.certificate.CertificateRepository;
import gr.etwinning.synedrio.application.port.out.mail.Outbox;
import gr.etwinning.synedrio.application.port.out.mail.OutboxQueue;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import gr.etwinning.synedrio.adapter.in.cli.CliSettings;
import gr.etwinning.synedrio.adapter.out.persistence.Database;
import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;
import gr.etwinning.synedrio.adapter.out.persistence.FlywaySchema;
import gr.etwinning.synedrio.adapter.out.persistence.JooqAmbassadorRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqConferenceRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqContestRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqPersonRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqSchoolRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqRegistrationRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqSeatRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqTokenRepository;
import gr.etwinning.synedrio.application.port.out.ambassador.AmbassadorRepository;
import gr.etwinning.synedrio.application.port.out.contest.ContestRepository;
import gr.etwinning.synedrio.application.port.out.school.SchoolRepository;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.database.SchemaPort;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository;
import gr.etwinning.synedrio.application.port.out.auth.TokenRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.adapter.out.persistence.NoOutboxBacklog;
import gr.etwinning.synedrio.application.port.out.metrics.BacklogPort;

/**
 * The jOOQ persistence adapter. The database is opened on first use — so {@code synedrio --help} never touches
 * it — and its schema brought up to date then.
 */
final class PersistenceModule extends AbstractModule {

    private final DatabaseSettings fixed;
    private volatile Database opened;

    /** The database named by the command line or the environment, else the embedded default. */
    PersistenceModule() {
        this(null);
    }

    /** Exactly this database: for tests and embedding. */
    PersistenceModule(DatabaseSettings fixed) {
        this.fixed = fixed;
    }

    /** Nothing waits in an outbox until there is one; the outbox's repository replaces this binding. */
    @Provides
    @Singleton
    BacklogPort backlog() {
        return new NoOutboxBacklog();
    }

    @Provides
    @Singleton
    DatabaseSettings settings(CliSettings cli) {
        return fixed != null ? fixed : Configuration.database(cli, System.getenv());
    }

    @Provides
    @Singleton
    Database database(DatabaseSettings settings) {
        Database database = new Database(settings, Configuration.poolSize(System.getenv()));
        opened = database;
        new FlywaySchema(database).ensureCurrent();
        return database;
    }

    /** Closes the database's pool if a command opened it. */
    void closeIfOpened() {
        Database database = opened;
        if (database != null) {
            database.close();
        }
    }

    @Provides
    @Singleton
    TransactionPort transactions(Database database) {
        return database;
    }

    @Provides
    @Singleton
    gr.etwinning.synedrio.application.port.out.common.DataVersionPort dataVersions(Database database) {
        return database;
    }

    @Provides
    @Singleton
    SchemaPort schema(Database database) {
        return new FlywaySchema(database);
    }

    @Provides
    @Singleton
    JooqPersonRepository jooqPersons(Database database) {
        return new JooqPersonRepository(database);
    }

    @Provides
    @Singleton
    PersonRepository persons(JooqPersonRepository persons) {
        return persons;
    }

    @Provides
    @Singleton
    ConferenceRepository conferences(Database database, JooqPersonRepository persons) {
        return new JooqConferenceRepository(database, persons);
    }

    @Provides
    @Singleton
    TokenRepository tokens(Database database) {
        return new JooqTokenRepository(database);
    }

    @Provides
    @Singleton
    ContestRepository contests(Database database) {
        return new JooqContestRepository(database);
    }

    @Provides
    @Singleton
    RegistrationRepository registrations(Database database) {
        return new JooqRegistrationRepository(database);
    }

    @Provides
    @Singleton
    SchoolRepository schools(Database database) {
        return new JooqSchoolRepository(database);
    }

    @Provides
    @Singleton
    AmbassadorRepository ambassadors(Database database, JooqPersonRepository persons) {
        return new JooqAmbassadorRepository(database, persons);
    }

    @Provides
    @Singleton
    FigureRepository figures(Database database) {
        return new JooqFigureRepository(database);
    }

    @Provides
    @Singleton
    gr.etwinning.synedrio.application.port.out.figure.FigureChoiceRepository figureChoices(Database database) {
        return new gr.etwinning.synedrio.adapter.out.persistence.JooqFigureChoiceRepository(database);
    }

    @Provides
    @Singleton
    CommentRepository comments(Database database) {
        return new JooqCommentRepository(database);
    }

    @Provides
    @Singleton
    JooqOutbox outbox(Database database) {
        return new JooqOutbox(database);
    }

    @Provides
    @Singleton
    Outbox outboxWriter(JooqOutbox outbox) {
        return outbox;
    }

    @Provides
    @Singleton
    OutboxQueue outboxQueue(JooqOutbox outbox) {
        return outbox;
    }

    @Provides
    @Singleton
    CertificateRepository certificates(Database database) {
        return new JooqCertificateRepository(database);
    }

    @Provides
    @Singleton
    SeatRepository seats(Database database) {
        return new JooqSeatRepository(database);
    }
}
