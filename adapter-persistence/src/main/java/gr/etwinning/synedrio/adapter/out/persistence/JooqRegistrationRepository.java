package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.RegistrationRecord;
import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.registration.ParticipantDetails;
import gr.etwinning.synedrio.domain.registration.Registration;
import gr.etwinning.synedrio.domain.school.School;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REGISTRATION;

/**
 * Registrations in {@code registration}; times in UTC. Personal data are only ever in this table, and the
 * database's own error messages about it (which would quote an e-mail address) never leave this class.
 */
@Singleton
public final class JooqRegistrationRepository implements RegistrationRepository {

    private final Database database;

    /** The first statement of every booking (see RenderedQuery): locks the row, reads no personal data. */
    private final RenderedQuery lockParticipant = RenderedQuery.of(dsl -> dsl.select(REGISTRATION.ID,
            REGISTRATION.EDITION).from(REGISTRATION).where(REGISTRATION.CODE.eq(org.jooq.impl.DSL.param("code",
            String.class))).forUpdate(), "code");

    /** How an import's rows are written: LOAD DATA LOCAL INFILE on MariaDB until the server refuses it, or inserts. */
    private final BulkRows bulk;

    @Inject
    public JooqRegistrationRepository(Database database) {
        this.database = database;
        this.bulk = new BulkRows(database);
    }

    @Override
    public Optional<Participant> lockParticipant(ConfirmationCode code) {
        return lockParticipant.fetchOptional(database.dsl(), r -> new Participant(r.getLong(1),
                EditionNumber.of(r.getInt(2))), code.value());
    }

    @Override
    public Optional<Registration> lockByCode(ConfirmationCode code) {
        return database.dsl().selectFrom(REGISTRATION).where(REGISTRATION.CODE.eq(code.value())).forUpdate()
                .fetchOptional().map(JooqRegistrationRepository::toRegistration);
    }

    /**
     * Looks the address up without a lock first and locks only a row that exists: a locking read of a missing
     * key would take a gap lock on MariaDB, and concurrent first registrations would then deadlock on each other's
     * gaps. Two first registrations of the same address meet at the unique key instead (see {@link #add}).
     */
    @Override
    public Optional<Registration> lockByEmail(EditionNumber edition, EmailAddress email) {
        var dsl = database.dsl();
        Long id = dsl.select(REGISTRATION.ID).from(REGISTRATION)
                .where(REGISTRATION.EDITION.eq(edition.value()).and(REGISTRATION.EMAIL_KEY.eq(email.key())))
                .fetchOne(REGISTRATION.ID);
        if (id == null) {
            return Optional.empty();
        }
        return dsl.selectFrom(REGISTRATION).where(REGISTRATION.ID.eq(id)).forUpdate().fetchOptional()
                .filter(r -> email.key().equals(r.getEmailKey()))
                .map(JooqRegistrationRepository::toRegistration);
    }

    @Override
    public List<Registration> lockAllByEmail(EmailAddress email) {
        return database.dsl().selectFrom(REGISTRATION).where(REGISTRATION.EMAIL_KEY.eq(email.key()))
                .orderBy(REGISTRATION.ID).forUpdate().fetch(JooqRegistrationRepository::toRegistration);
    }

    @Override
    public Optional<Registration> findByCode(ConfirmationCode code) {
        return database.dsl().selectFrom(REGISTRATION).where(REGISTRATION.CODE.eq(code.value())).fetchOptional()
                .map(JooqRegistrationRepository::toRegistration);
    }

    @Override
    public Registration add(Registration r) {
        RegistrationRecord record = toRecord(r);
        try {
            Long id = database.dsl().insertInto(REGISTRATION).set(record).returningResult(REGISTRATION.ID)
                    .fetchOne(REGISTRATION.ID);
            return new Registration(id, r.edition(), r.code(), r.details(), r.registeredAt(), r.updatedAt());
        } catch (DataAccessException e) {
            if (Failures.isUniqueViolation(e)) {
                throw new RetryTransaction("a registration of the same e-mail address was stored meanwhile");
            }
            throw e;
        }
    }

    @Override
    public void update(Registration r) {
        var dsl = database.dsl();
        String key = r.details().email().key();
        boolean taken = dsl.fetchExists(REGISTRATION, REGISTRATION.EDITION.eq(r.edition().value())
                .and(REGISTRATION.EMAIL_KEY.eq(key)).and(REGISTRATION.ID.ne(r.id())));
        if (taken) {
            throw emailTaken(r);
        }
        RegistrationRecord record = toRecord(r);
        record.setId(r.id());
        try {
            dsl.update(REGISTRATION).set(record).where(REGISTRATION.ID.eq(r.id())).execute();
        } catch (DataAccessException e) {
            if (Failures.isUniqueViolation(e)) {
                throw new RetryTransaction("another registration took the same e-mail address meanwhile");
            }
            throw e;
        }
    }

    private static ConflictException emailTaken(Registration r) {
        return new ConflictException("email", "another registration of edition " + r.edition()
                + " has that e-mail address; each participant registers once");
    }

    @Override
    public List<Registration> listAll(EditionNumber edition) {
        return database.dsl().selectFrom(REGISTRATION)
                .where(REGISTRATION.EDITION.eq(edition.value()).and(REGISTRATION.ERASED_AT.isNull()))
                .orderBy(REGISTRATION.ID).fetch(JooqRegistrationRepository::toRegistration);
    }

    @Override
    public void forEachExported(EditionNumber edition, java.util.function.Consumer<Exported> each) {
        var booking = gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.BOOKING;
        try (org.jooq.Cursor<org.jooq.Record> rows = database.dsl().select(REGISTRATION.fields())
                .select(booking.WORKSHOP_ID, booking.STATUS)
                .from(REGISTRATION).leftJoin(booking).on(booking.REGISTRATION_ID.eq(REGISTRATION.ID))
                .where(REGISTRATION.EDITION.eq(edition.value()).and(REGISTRATION.ERASED_AT.isNull()))
                .orderBy(REGISTRATION.ID, booking.BOOKED_AT, booking.EDITION, booking.TICKET)
                .fetchSize(1000).fetchLazy()) {
            Registration current = null;
            java.util.LinkedHashSet<String> confirmed = new java.util.LinkedHashSet<>();
            java.util.LinkedHashSet<String> waiting = new java.util.LinkedHashSet<>();
            for (org.jooq.Record r : rows) {
                long id = r.get(REGISTRATION.ID);
                if (current == null || current.id() != id) {
                    if (current != null) {
                        each.accept(new Exported(current, List.copyOf(confirmed), List.copyOf(waiting)));
                    }
                    current = toRegistration(r.into(REGISTRATION));
                    confirmed.clear();
                    waiting.clear();
                }
                String workshop = r.get(booking.WORKSHOP_ID);
                if (workshop != null) {
                    ("CONFIRMED".equals(r.get(booking.STATUS)) ? confirmed : waiting).add(workshop);
                }
            }
            if (current != null) {
                each.accept(new Exported(current, List.copyOf(confirmed), List.copyOf(waiting)));
            }
        }
    }

    @Override
    public List<Registration> lockByEmailKeys(EditionNumber edition, java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        var dsl = database.dsl();
        // The ids first without a lock, then only existing rows locked (no gap locks: see lockByEmail).
        // Plain SQL: jOOQ casts each bound value of an IN list on H2, which then compares every row of the table
        // with every value instead of looking each up in the unique (email_key, edition) index.
        List<Long> ids = new java.util.ArrayList<>();
        dsl.connection(c -> {
            // The edition is compared here, not in SQL: H2 looks an IN list up in an index only on the index's first
            // column (the address since V19), and with the edition in the condition it could choose the edition's
            // index and test the list on each of the edition's rows instead.
            try (java.sql.PreparedStatement p = c.prepareStatement("select id, edition from registration where"
                    + " email_key in (" + "?, ".repeat(keys.size() - 1) + "?)")) {
                int i = 1;
                for (String key : keys) {
                    p.setString(i++, key);
                }
                try (java.sql.ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(2) == edition.value()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        // Without casts of the bound ids too (see above), so that H2 looks each id up in the primary key.
        var uncast = org.jooq.impl.DSL.using(dsl.configuration().derive(((org.jooq.conf.Settings) dsl.settings()
                .clone()).withParamCastMode(org.jooq.conf.ParamCastMode.NEVER)));
        return uncast.selectFrom(REGISTRATION).where(REGISTRATION.ID.in(ids)).orderBy(REGISTRATION.ID).forUpdate()
                .fetch(JooqRegistrationRepository::toRegistration);
    }

    private static final String COLUMNS = "edition, code, full_name, email, email_key, school_name, school_key,"
            + " specialty, education_level, consent_at, registered_at, updated_at, mail_job";

    /**
     * New registrations (an import's batch): with LOAD DATA LOCAL INFILE from memory on MariaDB ({@link LoadData}),
     * in multi-row inserts on H2 (or a MariaDB that refuses local loads). A registration of one of the addresses stored
     * meanwhile by another transaction makes the whole transaction run again, as {@link #add} does.
     */
    @Override
    public void addAll(List<Registration> registrations, long mailJob) {
        if (registrations.isEmpty()) {
            return;
        }
        database.changed("registration");
        try {
            database.dsl().connection(c -> bulk.write(c, "registration", COLUMNS, 13, registrations, binder(mailJob),
                    writer(mailJob)));
        } catch (DataAccessException e) {
            throw addingFailed(e);
        }
    }

    /** LOAD DATA statements of up to 10,000 rows on MariaDB, read while the rows come (see {@link BulkRows#stream}). */
    @Override
    public void addStreamed(java.util.Iterator<Registration> registrations, long mailJob) {
        database.changed("registration");
        try {
            database.dsl().connection(c -> bulk.stream(c, "registration", COLUMNS, 13, registrations,
                    binder(mailJob), writer(mailJob)));
        } catch (DataAccessException e) {
            throw addingFailed(e);
        }
    }

    private static RuntimeException addingFailed(DataAccessException e) {
        if (Failures.isUniqueViolation(e)) {
            return new RetryTransaction("a registration of the same e-mail address was stored meanwhile");
        }
        return Failures.translate(e);
    }

    private static MultiRowInsert.Binder<Registration> binder(long mailJob) {
        return (ps, i, r) -> {
            ParticipantDetails d = r.details();
            ps.setInt(i, r.edition().value());
            ps.setString(i + 1, r.code().value());
            ps.setString(i + 2, d.fullName());
            ps.setString(i + 3, d.email().value());
            ps.setString(i + 4, d.email().key());
            ps.setString(i + 5, d.school().name());
            ps.setString(i + 6, schoolKey(d));
            ps.setString(i + 7, d.specialty());
            ps.setString(i + 8, d.level() == null ? null : d.level().name());
            ps.setObject(i + 9, utc(d.consentAt()));
            ps.setObject(i + 10, utc(r.registeredAt()));
            ps.setObject(i + 11, utc(r.updatedAt()));
            ps.setLong(i + 12, mailJob);
        };
    }

    private static LoadData.Writer<Registration> writer(long mailJob) {
        return (r, out) -> {
            ParticipantDetails d = r.details();
            out.add(r.edition().value()).add(r.code().value()).add(d.fullName()).add(d.email().value())
                    .add(d.email().key()).add(d.school().name()).add(schoolKey(d)).add(d.specialty())
                    .add(d.level() == null ? null : d.level().name()).add(utc(d.consentAt()))
                    .add(utc(r.registeredAt())).add(utc(r.updatedAt())).add(mailJob);
        };
    }

    @Override
    public List<Registration> owedMail(long mailJob, long afterId, Long lastId, int limit) {
        var range = REGISTRATION.ID.gt(afterId);
        if (lastId != null) {
            range = range.and(REGISTRATION.ID.le(lastId));
        }
        return database.dsl().selectFrom(REGISTRATION).where(range).and(REGISTRATION.MAIL_JOB.eq(mailJob))
                .and(REGISTRATION.ERASED_AT.isNull()).orderBy(REGISTRATION.ID).limit(limit)
                .fetch(JooqRegistrationRepository::toRegistration);
    }

    @Override
    public long lastId(EditionNumber edition) {
        Long id = database.dsl().select(org.jooq.impl.DSL.max(REGISTRATION.ID)).from(REGISTRATION)
                .where(REGISTRATION.EDITION.eq(edition.value())).fetchOne(0, Long.class);
        return id == null ? 0 : id;
    }

    @Override
    public int count(EditionNumber edition) {
        return database.dsl().fetchCount(REGISTRATION, REGISTRATION.EDITION.eq(edition.value()));
    }

    @Override
    public void erase(long registrationId, Instant at) {
        var held = database.dsl().select(REGISTRATION.EDITION, REGISTRATION.EMAIL_KEY, REGISTRATION.MAIL_JOB)
                .from(REGISTRATION).where(REGISTRATION.ID.eq(registrationId)).fetchOne();
        if (held != null) {
            // a confirmation mail its import still owes is owed no more (see JooqMailJobs.forgetOwed)
            JooqMailJobs.forgetOwed(database.dsl(), registrationId, held.value3());
            // the names and addresses the meeting platforms gave for this participant are theirs too
            JooqAttendanceRepository.eraseIdentity(database.dsl(), registrationId, held.value1(), held.value2());
        }
        database.dsl().update(REGISTRATION)
                .set(REGISTRATION.CODE, (String) null)
                .set(REGISTRATION.FULL_NAME, (String) null)
                .set(REGISTRATION.EMAIL, (String) null)
                .set(REGISTRATION.EMAIL_KEY, (String) null)
                .set(REGISTRATION.SCHOOL_NAME, (String) null)
                .set(REGISTRATION.SCHOOL_KEY, (String) null)
                .set(REGISTRATION.SPECIALTY, (String) null)
                .set(REGISTRATION.ERASED_AT, utc(at))
                .set(REGISTRATION.UPDATED_AT, utc(at))
                .where(REGISTRATION.ID.eq(registrationId)).execute();
        // A certificate keeps its code, edition and figures (its page then says it is genuine, without a name).
        database.dsl().update(gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CERTIFICATE)
                .set(gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CERTIFICATE.FULL_NAME,
                        (String) null)
                .where(gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CERTIFICATE.REGISTRATION_ID
                        .eq(registrationId)).execute();
    }

    private static RegistrationRecord toRecord(Registration r) {
        ParticipantDetails d = r.details();
        RegistrationRecord record = new RegistrationRecord();
        record.setEdition(r.edition().value());
        record.setCode(r.code().value());
        record.setFullName(d.fullName());
        record.setEmail(d.email().value());
        record.setEmailKey(d.email().key());
        record.setSchoolName(d.school().name());
        record.setSchoolKey(schoolKey(d));
        record.setSpecialty(d.specialty());
        record.setEducationLevel(d.level() == null ? null : d.level().name());
        record.setConsentAt(utc(d.consentAt()));
        record.setRegisteredAt(utc(r.registeredAt()));
        record.setUpdatedAt(utc(r.updatedAt()));
        return record;
    }

    /** The school's search key, as long as the column holds. */
    private static String schoolKey(ParticipantDetails d) {
        String key = d.school().key();
        return key.length() > 300 ? key.substring(0, 300) : key;
    }

    private static Registration toRegistration(RegistrationRecord r) {
        ParticipantDetails details = new ParticipantDetails(r.getFullName(), new EmailAddress(r.getEmail()),
                School.named(r.getSchoolName()), r.getSpecialty(),
                r.getEducationLevel() == null ? null : EducationLevel.valueOf(r.getEducationLevel()),
                instant(r.getConsentAt()));
        return new Registration(r.getId(), EditionNumber.of(r.getEdition()), new ConfirmationCode(r.getCode()),
                details, instant(r.getRegisteredAt()), instant(r.getUpdatedAt()));
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null
                : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

}
