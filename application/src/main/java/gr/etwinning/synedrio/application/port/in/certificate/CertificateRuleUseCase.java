package gr.etwinning.synedrio.application.port.in.certificate;

import java.util.List;

/** Sets and reads an edition's eligibility rule. */
public interface CertificateRuleUseCase {

    RuleData setRule(SetRuleCommand command);

    /** The rule, or null when none is set. */
    RuleData rule(int edition);

    /** @param minMinutes null to keep the current value (0 for a new rule); same for the others */
    record SetRuleCommand(int edition, Integer minMinutes, Integer minSessions, List<String> kinds) {
    }

    /** @param kinds empty: every kind counts */
    record RuleData(int edition, int minMinutes, int minSessions, List<String> kinds) {
        public RuleData {
            kinds = List.copyOf(kinds);
        }
    }
}
