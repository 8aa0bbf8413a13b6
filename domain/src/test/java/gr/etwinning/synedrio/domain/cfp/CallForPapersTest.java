package gr.etwinning.synedrio.domain.cfp;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallForPapersTest {

    private final Instant deadline = LocalDateTime.of(2026, 12, 15, 23, 59).atZone(CallForPapers.ATHENS).toInstant();
    private final CallForPapers call = new CallForPapers(EditionNumber.of(30), deadline,
            EnumSet.of(SubmissionType.PAPER), 5, CallForPapers.DEFAULT_CRITERIA, false);

    @Test
    void theDeadlineIsGreekTimeAndTheServersClockDecides() {
        assertThat(deadline).isEqualTo(Instant.parse("2026-12-15T21:59:00Z"));
        call.requireOpen(deadline.minusSeconds(1));
        assertThatThrownBy(() -> call.requireOpen(deadline)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("2026-12-15 23:59 (ώρα Ελλάδας)")
                .satisfies(e -> assertThat(((RuleViolationException) e).rule()).isEqualTo("submission-deadline"));
        CallForPapers closed = new CallForPapers(call.edition(), deadline, call.types(), 5, call.criteria(), true);
        assertThatThrownBy(() -> closed.requireOpen(deadline.minusSeconds(3600)))
                .satisfies(e -> assertThat(((RuleViolationException) e).rule()).isEqualTo("call-open"));
    }

    @Test
    void theCallRefusesTypesItDoesNotTakeAndLongAbstracts() {
        List<Author> one = List.of(new Author("Ελένη Παπαδοπούλου", new EmailAddress("e@sch.gr"), null, true));
        assertThatThrownBy(() -> call.check(new SubmissionContent("Τ", SubmissionType.WORKSHOP,
                EducationLevel.PRIMARY, "Λίγα λόγια.", List.of(), one))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> call.check(new SubmissionContent("Τ", SubmissionType.PAPER, EducationLevel.PRIMARY,
                "Ένα δύο τρία τέσσερα πέντε έξι.", List.of(), one))).hasMessageContaining("6 words");
        call.check(new SubmissionContent("Τ", SubmissionType.PAPER, EducationLevel.PRIMARY, "Ένα, δύο — τρία!",
                List.of(), one));
    }
}
