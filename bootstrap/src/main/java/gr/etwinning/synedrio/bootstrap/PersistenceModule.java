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
import gr.etwinning.synedrio.application.service.seat.SeatKeepingConferences;
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

    @Override
    protected void configure() {
        // the metrics' backlog gauge: the outbox's unsent messages and what mail jobs still owe
        bind(BacklogPort.class).to(gr.etwinning.synedrio.adapter.out.persistence.JooqOutbox.class);
        bind(gr.etwinning.synedrio.application.port.out.mail.MailJobs.class)
                .to(gr.etwinning.synedrio.adapter.out.persistence.JooqMailJobs.class).in(Singleton.class);
        bind(TransactionPort.class).to(Database.class);
        // the versions the derived documents are kept by (issue 16): read from the database, raised by every write
        bind(gr.etwinning.synedrio.application.port.out.common.DataVersionPort.class).to(Database.class);
        bind(SchemaPort.class).to(FlywaySchema.class).in(Singleton.class);
        bind(gr.etwinning.synedrio.application.port.out.database.DatabaseServerPort.class)
                .to(gr.etwinning.synedrio.adapter.out.persistence.MariaDbDatabaseCreator.class).in(Singleton.class);
        bind(JooqPersonRepository.class).in(Singleton.class);
        bind(PersonRepository.class).to(JooqPersonRepository.class);
        bind(JooqConferenceRepository.class).in(Singleton.class);
        bind(TokenRepository.class).to(JooqTokenRepository.class).in(Singleton.class);
        bind(ContestRepository.class).to(JooqContestRepository.class).in(Singleton.class);
        bind(RegistrationRepository.class).to(JooqRegistrationRepository.class).in(Singleton.class);
        bind(SchoolRepository.class).to(JooqSchoolRepository.class).in(Singleton.class);
        bind(AmbassadorRepository.class).to(JooqAmbassadorRepository.class).in(Singleton.class);
        bind(FigureRepository.class).to(JooqFigureRepository.class).in(Singleton.class);
        bind(gr.etwinning.synedrio.application.port.out.figure.FigureChoiceRepository.class)
                .to(gr.etwinning.synedrio.adapter.out.persistence.JooqFigureChoiceRepository.class).in(Singleton.class);
        bind(CommentRepository.class).to(JooqCommentRepository.class).in(Singleton.class);
        bind(JooqOutbox.class).in(Singleton.class);
        bind(Outbox.class).to(JooqOutbox.class);
        bind(OutboxQueue.class).to(JooqOutbox.class);
        bind(CertificateRepository.class).to(JooqCertificateRepository.class).in(Singleton.class);
        bind(SeatRepository.class).to(JooqSeatRepository.class).in(Singleton.class);
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


    /** The conferences as every use case sees them: replacing a programme keeps its booked workshops. */
    @Provides
    @Singleton
    ConferenceRepository conferences(JooqConferenceRepository stored, SeatRepository seats) {
        return new SeatKeepingConferences(stored, seats);
    }
}
