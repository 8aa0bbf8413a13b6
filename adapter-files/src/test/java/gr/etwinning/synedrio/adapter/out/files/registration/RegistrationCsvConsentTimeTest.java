package gr.etwinning.synedrio.adapter.out.files.registration;

import org.junit.jupiter.api.Test;

import gr.etwinning.synedrio.application.port.out.registration.RegistrationFilePort.RegistrationsFile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19, item 2: a consent time in a file is read, or its row refused naming line and column; never replaced. */
class RegistrationCsvConsentTimeTest {

    private static final String HEADER = "Ονοματεπώνυμο;Email;Σχολείο;Βαθμίδα;Συγκατάθεση\n";

    private static Instant athens(String localIso) {
        return LocalDateTime.parse(localIso).atZone(SpreadsheetTime.ATHENS).toInstant();
    }

    private static RegistrationsFile read(String text, String source) {
        return new RegistrationCsv().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source);
    }

    @Test
    void givenATimeThatBeginsWithOneWhenReadAsConsentThenThatTimeIsTheConsentTime() {
        RegistrationsFile parsed = read(HEADER
                + "Μαρία Κόππη;maria@example.gr;1ο Γυμνάσιο Χανίων;Δευτεροβάθμια;1/1/2020 10:00:00\n"
                + "Γιώργος Παπαδάκης;giorgos@example.gr;2ο Δημοτικό Σχολείο Βόλου;Πρωτοβάθμια;1/12/2020 10:00\n",
                "test.csv");
        assertThat(parsed.refused()).isEmpty();
        assertThat(parsed.rows()).extracting(r -> r.consentAt())
                .containsExactly(athens("2020-01-01T10:00:00"), athens("2020-12-01T10:00:00"));
        assertThat(parsed.rows()).allMatch(r -> Boolean.TRUE.equals(r.consent()));
    }

    @Test
    void givenATimeColumnBesideYesWhenReadThenItsTimeIsKept() {
        RegistrationsFile parsed = read("Χρονική σήμανση,Ονοματεπώνυμο,Email,Σχολείο,"
                + "Συγκατάθεση\n1/12/2020 10:00:07,Μαρία Κόππη,maria@example.gr,1ο Γυμνάσιο Χανίων,Ναι\n", "f.csv");
        assertThat(parsed.refused()).isEmpty();
        assertThat(parsed.rows().get(0).consentAt()).isEqualTo(athens("2020-12-01T10:00:07"));
    }

    @Test
    void givenAnImpossibleTimeWhenReadThenTheRowIsRefusedNamingItsLineAndColumn() {
        RegistrationsFile parsed = read("Χρονική σήμανση,Ονοματεπώνυμο,Email,Σχολείο,"
                + "Συγκατάθεση\n1/12/2020 10:00,Μαρία Κόππη,maria@example.gr,1ο Γυμνάσιο Χανίων,Ναι\n"
                + "31/2/2021 10:00,Γιώργος Παπαδάκης,giorgos@example.gr,2ο Δημοτικό Βόλου,Ναι\n"
                + "1/1/2020 10:00,Ελένη Ζαχαρίου,eleni@example.gr,3ο Λύκειο Πάτρας,σήμερα\n", "f.csv");
        assertThat(parsed.rows()).hasSize(1);
        assertThat(parsed.refused()).hasSize(2);
        assertThat(parsed.refused().get(0).line()).isEqualTo(3);
        assertThat(parsed.refused().get(0).reason()).contains("column 1 (Χρονική σήμανση συγκατάθεσης)");
        assertThat(parsed.refused().get(1).line()).isEqualTo(4);
        assertThat(parsed.refused().get(1).reason()).contains("column 5 (Συγκατάθεση)");
    }
}
