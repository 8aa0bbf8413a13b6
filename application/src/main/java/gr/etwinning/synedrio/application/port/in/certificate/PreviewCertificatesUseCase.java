package gr.etwinning.synedrio.application.port.in.certificate;

import java.util.List;

/** Who would get a certificate under the edition's rule, and who misses it by how much; nothing is written. */
public interface PreviewCertificatesUseCase {

    Preview preview(int edition);

    /** Every registered participant of the edition, the qualifying first, each in Greek alphabetical order. */
    record Preview(CertificateRuleUseCase.RuleData rule, List<Candidate> candidates) {
        public Preview {
            candidates = List.copyOf(candidates);
        }

        public long eligible() {
            return candidates.stream().filter(Candidate::eligible).count();
        }
    }

    /**
     * @param countedMinutes minutes the rule counts (of its kinds)
     * @param minutesShort   minutes missing (0: enough)
     * @param sessionsShort  sessions missing (0: enough)
     * @param issued         a certificate exists already
     */
    record Candidate(long registrationId, String fullName, long countedMinutes, int sessions, boolean eligible,
                     long minutesShort, int sessionsShort, boolean issued) {
    }
}
