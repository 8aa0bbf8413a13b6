package gr.etwinning.synedrio.domain.proceedings;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsbnTest {

    @Test
    void theSharedValuesAreReadAsTheyShouldBe() throws Exception {
        List<String> lines;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                IsbnTest.class.getResourceAsStream("/proceedings/isbn-shared-values.txt"), StandardCharsets.UTF_8))) {
            lines = in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f[0].equals("VALID")) {
                assertThat(Isbn.parse(f[1]).hyphenated()).as(line).isEqualTo(f[1]);
            } else {
                assertThatThrownBy(() -> Isbn.parse(f[2])).as(line).isInstanceOf(InvalidValueException.class)
                        .hasMessageContaining("it should be " + f[1]);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        // 978-618: 00-19 (2 digits), 200-499 (3), 5000-7999 (4), 80000-99999 (5)
        "9786180000004, 978-618-00-0000-?", "9786181999990, 978-618-19-9999-?",
        "9786182000000, 978-618-200-000-?", "9786184999990, 978-618-499-999-?",
        "9786185000000, 978-618-5000-00-?", "9786187999990, 978-618-7999-99-?",
        "9786188000000, 978-618-80000-0-?", "9786189999990, 978-618-99999-9-?",
        // 978-960: 00-19, 200-659, 6600-6899, 690-699, 7000-8499, 85000-92999, 93-93, 9400-9799, 98000-99999
        "9789600000000, 978-960-00-0000-?", "9789602000000, 978-960-200-000-?",
        "9789606599990, 978-960-659-999-?", "9789606600000, 978-960-6600-00-?",
        "9789606899990, 978-960-6899-99-?", "9789606900000, 978-960-690-000-?",
        "9789606999990, 978-960-699-999-?", "9789607000000, 978-960-7000-00-?",
        "9789608499990, 978-960-8499-99-?", "9789608500000, 978-960-85000-0-?",
        "9789609299990, 978-960-92999-9-?", "9789609300000, 978-960-93-0000-?",
        "9789609399990, 978-960-93-9999-?", "9789609400000, 978-960-9400-00-?",
        "9789609799990, 978-960-9799-99-?", "9789609800000, 978-960-98000-0-?",
        "9789609999990, 978-960-99999-9-?"})
    void hyphenatesTheGreekGroupsByTheirRegistrantRanges(String twelvePlusAnything, String expected) {
        String twelve = twelvePlusAnything.substring(0, 12);
        char check = Isbn.check13(twelve);
        Isbn isbn = Isbn.parse(twelve + check);
        assertThat(isbn.hyphenated()).isEqualTo(expected.replace('?', check));
        assertThat(isbn.compact()).isEqualTo(twelve + check);
        assertThat(isbn.greek()).isTrue();
    }

    @Test
    void convertsAnIsbn10() {
        // 960-03-1234-? : 10-digit check computed by hand: 9*10+6*9+0*8+0*7+3*6+1*5+2*4+3*3+4*2 = 192; 192 mod 11 = 5
        // → 11 - 5 = 6
        Isbn isbn = Isbn.parse("960-03-1234-6");
        assertThat(isbn.hyphenated()).isEqualTo("978-960-03-1234-" + Isbn.check13("978960031234"));
        assertThatThrownBy(() -> Isbn.parse("960-03-1234-7")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("it should be 6");
        assertThat(Isbn.parse("ISBN 0-306-40615-2").compact()).isEqualTo("9780306406157");
        assertThat(Isbn.parse("080442957X").compact()).isEqualTo("9780804429573");
        assertThat(Isbn.typedAsIsbn10("ISBN-10: 960-03-1234-6")).isTrue();
        assertThat(Isbn.typedAsIsbn10("ISBN-13: 978-618-5895-00-6")).isFalse();
    }

    @Test
    void readsWhatPeopleType() {
        assertThat(Isbn.parse("ISBN-13: 978 618 5895 00 6").hyphenated()).isEqualTo("978-618-5895-00-6");
        assertThat(Isbn.parse("  9786185895006 ")).isEqualTo(Isbn.parse("978-618-5895-00-6"));
        assertThat(Isbn.parse("978-0-306-40615-7").hyphenated()).as("another group: valid, unhyphenated")
                .isEqualTo("9780306406157");
        assertThat(Isbn.parse("978-0-306-40615-7").greek()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "978-618-5895-00-7|check digit 7; it should be 6 (978-618-5895-00-6)",
        "978-618-5895-00|12 digit(s)",
        "977-618-5895-00-6|starts with 977",
        "978-618-5895-0O-6|holds 'O'",
        "978618589500X|never X",
        "' '|an ISBN is required"})
    void refusesWhatIsNotAnIsbnSayingWhy(String text, String message) {
        assertThatThrownBy(() -> Isbn.parse(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(message);
    }
}
