package gr.etwinning.synedrio.application.port.out.conference;

import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.SessionKind;

import java.time.LocalDate;

/**
 * A session, or a contribution with its session, whose search key holds every word searched for. For a session,
 * the contribution fields are null.
 */
public record ProgrammeMatch(int edition, String sessionId, SessionKind sessionKind, String sessionTitle,
                             LocalDate day, String room, String contributionId, ContributionKind contributionKind,
                             String contributionTitle, String contributionSubject) {

    public boolean isContribution() {
        return contributionId != null;
    }
}
