package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.programme.ProgrammeProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An import refused by a programme rule says so in Greek by default, and as the model words it with --lang en. */
class ProgramImportRefusalTest {

    @TempDir
    Path dir;

    private ProgramImportCliCommand command(Lang lang) throws Exception {
        ProgrammeProblem clash = ProgrammeProblem.error("room-once-at-a-time",
                List.of("session 'd2-a'", "session 'd2-b'", "room 'Αίθουσα 1'"),
                Map.of("day", "2021-11-20", "time", "10:00–11:00", "other-time", "10:30–11:30"),
                "room 'Αίθουσα 1' is booked twice on 2021-11-20: session 'd2-a' (10:00–11:00) and session 'd2-b'"
                        + " (10:30–11:30)");
        ProgramImportCliCommand c = new ProgramImportCliCommand(() -> command -> {
            throw clash.toException();
        });
        c.edition = 8;
        c.file = Files.writeString(dir.resolve("schedule.json"), "{}");
        c.mode = "onsite";
        c.lang = lang;
        return c;
    }

    @Test
    void aRuleRefusesTheImportInGreekByDefaultAndInTheModelsEnglishWhenAsked() throws Exception {
        assertThatThrownBy(command(Lang.el)::call).isInstanceOf(RefusedException.class).hasMessage(
                "η αίθουσα 'Αίθουσα 1' είναι κλεισμένη δύο φορές στις 2021-11-20: συνεδρία 'd2-a' (10:00–11:00) και"
                        + " συνεδρία 'd2-b' (10:30–11:30)");
        assertThatThrownBy(command(Lang.en)::call).isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("room 'Αίθουσα 1' is booked twice");
    }
}
