package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.CertificateRecord;
import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.CertificateRuleRecord;
import gr.etwinning.synedrio.application.port.out.certificate.CertificateRepository;
import gr.etwinning.synedrio.domain.certificate.Certificate;
import gr.etwinning.synedrio.domain.certificate.EligibilityRule;
import gr.etwinning.synedrio.domain.certificate.VerificationCode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static gr.etwinning.synedrio.adapter.out.persistence.JooqOutbox.instant;
import static gr.etwinning.synedrio.adapter.out.persistence.JooqOutbox.utc;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CERTIFICATE;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CERTIFICATE_RULE;

/** Rules in {@code certificate_rule}, certificates in {@code certificate}. */
@Singleton
public final class JooqCertificateRepository implements CertificateRepository {

    private final Database database;

    @Inject
    public JooqCertificateRepository(Database database) {
        this.database = database;
    }

    @Override
    public void saveRule(EditionNumber edition, EligibilityRule rule, Instant at) {
        DSLContext dsl = database.dsl();
        String kinds = rule.kinds().isEmpty() ? null : rule.kindsText();
        int updated = dsl.update(CERTIFICATE_RULE).set(CERTIFICATE_RULE.MIN_MINUTES, rule.minMinutes())
                .set(CERTIFICATE_RULE.MIN_SESSIONS, rule.minSessions()).set(CERTIFICATE_RULE.KINDS, kinds)
                .set(CERTIFICATE_RULE.UPDATED_AT, utc(at)).where(CERTIFICATE_RULE.EDITION.eq(edition.value()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(CERTIFICATE_RULE).set(CERTIFICATE_RULE.EDITION, edition.value())
                    .set(CERTIFICATE_RULE.MIN_MINUTES, rule.minMinutes())
                    .set(CERTIFICATE_RULE.MIN_SESSIONS, rule.minSessions()).set(CERTIFICATE_RULE.KINDS, kinds)
                    .set(CERTIFICATE_RULE.UPDATED_AT, utc(at)).execute();
        }
    }

    @Override
    public Optional<EligibilityRule> rule(EditionNumber edition) {
        return database.dsl().selectFrom(CERTIFICATE_RULE).where(CERTIFICATE_RULE.EDITION.eq(edition.value()))
                .fetchOptional(JooqCertificateRepository::toRule);
    }

    @Override
    public Optional<EligibilityRule> lockRule(EditionNumber edition) {
        return database.dsl().selectFrom(CERTIFICATE_RULE).where(CERTIFICATE_RULE.EDITION.eq(edition.value()))
                .forUpdate().fetchOptional(JooqCertificateRepository::toRule);
    }

    private static EligibilityRule toRule(CertificateRuleRecord r) {
        Set<String> kinds = r.getKinds() == null ? Set.of() : new HashSet<>(Arrays.asList(r.getKinds().split(",")));
        return new EligibilityRule(r.getMinMinutes(), r.getMinSessions(), kinds);
    }

    @Override
    public Set<Long> certified(EditionNumber edition) {
        return new HashSet<>(database.dsl().select(CERTIFICATE.REGISTRATION_ID).from(CERTIFICATE)
                .where(CERTIFICATE.EDITION.eq(edition.value())).fetch(CERTIFICATE.REGISTRATION_ID));
    }

    @Override
    public void addAll(List<Certificate> certificates) {
        if (certificates.isEmpty()) {
            return;
        }
        DSLContext dsl = database.dsl();
        List<CertificateRecord> records = new ArrayList<>(certificates.size());
        for (Certificate c : certificates) {
            CertificateRecord r = dsl.newRecord(CERTIFICATE);
            r.setEdition(c.edition().value());
            r.setRegistrationId(c.registrationId());
            r.setCode(c.code().value());
            r.setFullName(c.fullName());
            r.setMinutes((int) Math.min(Integer.MAX_VALUE, c.minutes()));
            r.setSessions(c.sessions());
            r.setIssuedAt(utc(c.issuedAt()));
            records.add(r);
        }
        for (int from = 0; from < records.size(); from += 500) {
            dsl.batchInsert(records.subList(from, Math.min(records.size(), from + 500))).execute();
        }
    }

    @Override
    public Optional<Certificate> find(VerificationCode code) {
        return database.dsl().selectFrom(CERTIFICATE).where(CERTIFICATE.CODE.eq(code.value()))
                .fetchOptional(JooqCertificateRepository::toCertificate);
    }

    @Override
    public Optional<Certificate> findByRegistration(EditionNumber edition, long registrationId) {
        return database.dsl().selectFrom(CERTIFICATE).where(CERTIFICATE.EDITION.eq(edition.value()))
                .and(CERTIFICATE.REGISTRATION_ID.eq(registrationId))
                .fetchOptional(JooqCertificateRepository::toCertificate);
    }

    @Override
    public List<Certificate> list(EditionNumber edition) {
        return database.dsl().selectFrom(CERTIFICATE).where(CERTIFICATE.EDITION.eq(edition.value()))
                .orderBy(CERTIFICATE.ID).fetch(JooqCertificateRepository::toCertificate);
    }

    @Override
    public boolean revoke(VerificationCode code, String reason, Instant at) {
        return database.dsl().update(CERTIFICATE).set(CERTIFICATE.REVOKED_AT, utc(at))
                .set(CERTIFICATE.REVOKE_REASON, reason).where(CERTIFICATE.CODE.eq(code.value())).execute() == 1;
    }

    private static Certificate toCertificate(CertificateRecord r) {
        return new Certificate(r.getId(), EditionNumber.of(r.getEdition()), r.getRegistrationId(),
                new VerificationCode(r.getCode()), r.getFullName(), r.getMinutes(), r.getSessions(),
                instant(r.getIssuedAt()), instant(r.getRevokedAt()), r.getRevokeReason());
    }
}
