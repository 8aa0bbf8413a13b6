package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.port.out.certificate.CertificateRepository;
import gr.etwinning.synedrio.domain.certificate.Certificate;
import gr.etwinning.synedrio.domain.certificate.EligibilityRule;
import gr.etwinning.synedrio.domain.certificate.VerificationCode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules and certificates in memory. */
public final class InMemoryCertificates implements CertificateRepository {

    private final Map<EditionNumber, EligibilityRule> rules = new HashMap<>();
    public final List<Certificate> certificates = new ArrayList<>();

    @Override
    public void saveRule(EditionNumber edition, EligibilityRule rule, Instant at) {
        rules.put(edition, rule);
    }

    @Override
    public Optional<EligibilityRule> rule(EditionNumber edition) {
        return Optional.ofNullable(rules.get(edition));
    }

    @Override
    public Optional<EligibilityRule> lockRule(EditionNumber edition) {
        return rule(edition);
    }

    @Override
    public Set<Long> certified(EditionNumber edition) {
        return certificates.stream().filter(c -> c.edition().equals(edition)).map(Certificate::registrationId)
                .collect(Collectors.toSet());
    }

    @Override
    public void addAll(List<Certificate> added) {
        for (Certificate c : added) {
            certificates.add(new Certificate((long) certificates.size() + 1, c.edition(), c.registrationId(), c.code(),
                    c.fullName(), c.minutes(), c.sessions(), c.issuedAt(), null, null));
        }
    }

    @Override
    public Optional<Certificate> find(VerificationCode code) {
        return certificates.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Certificate> findByRegistration(EditionNumber edition, long registrationId) {
        return certificates.stream().filter(c -> c.edition().equals(edition) && c.registrationId() == registrationId)
                .findFirst();
    }

    @Override
    public List<Certificate> list(EditionNumber edition) {
        return certificates.stream().filter(c -> c.edition().equals(edition)).toList();
    }

    @Override
    public boolean revoke(VerificationCode code, String reason, Instant at) {
        for (int i = 0; i < certificates.size(); i++) {
            Certificate c = certificates.get(i);
            if (c.code().equals(code)) {
                certificates.set(i, new Certificate(c.id(), c.edition(), c.registrationId(), c.code(), c.fullName(),
                        c.minutes(), c.sessions(), c.issuedAt(), at, reason));
                return true;
            }
        }
        return false;
    }
}
