package gr.etwinning.synedrio.adapter.out.files.attendance;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTimesTest {

    /** What {@link ReportTimes#findTime} scans for by hand. */
    private static final Pattern TIME =
            Pattern.compile("(?<![\\d.:/-])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?");

    @Test
    void theHandWrittenScanFindsWhatThePatternFinds() {
        List<String> texts = new ArrayList<>(List.of("11/20/2021 06:01:12 pm", "7/20/23, 4:16:29 pm",
                "nov 19, 2021 17:11:00", "13/04/2021 à 09:01:31", "20.11.2021, 18:00:12", "20/11/2021, 6:00:12 μ.μ.",
                "2021-11-20 18:00:12", "18:14", "15/08/2022 01:27", "2021-11-20 18:00:12.345 pm", "12:345",
                "1:2:3", "123:45", "a1:23", "-1:23", "x 9:05,5", "", "::", "10:0", "7:59:5"));
        Random random = new Random(11);
        String alphabet = "0123456789:.,/- apm";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(s.toString());
        }
        for (String text : texts) {
            Matcher m = TIME.matcher(text);
            int[] found = ReportTimes.findTime(text);
            if (m.find()) {
                assertThat(found).as(text).containsExactly(m.start(), m.end(), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            } else {
                assertThat(found).as(text).isNull();
            }
        }
    }

    @Test
    void timesReadAsInstantsAreThoseTheZoneGivesTheirLocalDateAndTimeAlsoWhenTheClocksChange() {
        java.time.ZoneId athens = java.time.ZoneId.of("Europe/Athens");
        Random random = new Random(21);
        // an ordinary day, the day summer time starts (03:00-04:00 does not exist) and ends (03:00-04:00 twice)
        for (java.time.LocalDate day : List.of(java.time.LocalDate.of(2021, 11, 20), java.time.LocalDate.of(2021, 3, 28),
                java.time.LocalDate.of(2021, 10, 31))) {
            ReportTimes times = new ReportTimes(athens, day);
            for (int i = 0; i < 3_000; i++) {
                java.time.LocalDate date = i % 5 == 0 ? day.plusDays(1) : day;
                int hour = random.nextInt(24);
                int minute = random.nextInt(60);
                int second = random.nextInt(60);
                int h12 = hour % 12 == 0 ? 12 : hour % 12;
                String text = switch (i % 4) {
                    case 0 -> String.format("%02d/%02d/%d %02d:%02d:%02d %s", date.getMonthValue(), date.getDayOfMonth(),
                            date.getYear(), h12, minute, second, hour < 12 ? "AM" : "PM");
                    case 1 -> String.format("%d.%d.%d, %d:%02d:%02d", date.getDayOfMonth(), date.getMonthValue(),
                            date.getYear(), hour, minute, second);
                    case 2 -> String.format("%d/%d/%02d, %d:%02d:%02d %s", date.getMonthValue(), date.getDayOfMonth(),
                            date.getYear() % 100, h12, minute, second, hour < 12 ? "π.μ." : "Μ.Μ.");
                    default -> String.format("%d-%02d-%02d %02d:%02d:%02d", date.getYear(), date.getMonthValue(),
                            date.getDayOfMonth(), hour, minute, second);
                };
                java.time.Instant expected = java.time.LocalDateTime.of(date, java.time.LocalTime.of(hour, minute, second))
                        .atZone(athens).toInstant();
                assertThat(times.instant(text, i + 1, "join time")).as(text).isEqualTo(expected);
            }
        }
    }
}
