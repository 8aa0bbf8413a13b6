package gr.etwinning.synedrio.domain.conference;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.programme.ProgrammeDays;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an operator states about an edition: title, theme, dates, mode, organiser, venue, time zone and what each
 * day is called. The days themselves follow from the dates: every date from the first to the last is a day.
 */
public record ConferenceDetails(String title, String theme, LocalDate startDate, LocalDate endDate,
                                ConferenceMode mode, String organiser, String venue, ZoneId timeZone,
                                List<ConferenceDay> days) implements ProgrammeDays {

    /** Longest a conference may run; a longer span is a typing error, not a conference. */
    public static final int MAX_DAYS = 31;

    public ConferenceDetails {
        title = Check.text(title, "title", 300);
        theme = Check.optionalText(theme, "theme", 1000);
        Check.notNull(startDate, "start date");
        Check.notNull(endDate, "end date");
        if (endDate.isBefore(startDate)) {
            throw new InvalidValueException("end date", "the conference ends (" + endDate + ") before it starts ("
                    + startDate + ")");
        }
        long span = ChronoUnit.DAYS.between(startDate, endDate) + 1;
        if (span > MAX_DAYS) {
            throw new InvalidValueException("end date", "the conference would last " + span
                    + " days; at most " + MAX_DAYS + " are allowed");
        }
        Check.notNull(mode, "mode");
        organiser = Check.optionalText(organiser, "organiser", 300);
        venue = Check.optionalText(venue, "venue", 300);
        timeZone = timeZone == null ? ZoneId.of("Europe/Athens") : timeZone;
        days = completeDays(startDate, endDate, Check.list(days, "day"));
    }

    private static List<ConferenceDay> completeDays(LocalDate start, LocalDate end, List<ConferenceDay> given) {
        Map<LocalDate, ConferenceDay> byDate = new TreeMap<>();
        for (ConferenceDay day : given) {
            if (day.date().isBefore(start) || day.date().isAfter(end)) {
                throw new InvalidValueException("day " + day.date(), "day " + day.date()
                        + " lies outside the conference's dates " + start + " to " + end);
            }
            if (byDate.put(day.date(), day) != null) {
                throw new InvalidValueException("day " + day.date(), "day " + day.date() + " is given twice");
            }
        }
        List<ConferenceDay> all = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            all.add(byDate.getOrDefault(d, new ConferenceDay(d, null)));
        }
        return List.copyOf(all);
    }

    @Override
    public java.util.Optional<gr.etwinning.synedrio.domain.programme.DayHours> hours(LocalDate date) {
        if (!includes(date)) {
            return java.util.Optional.empty();
        }
        return days.get((int) ChronoUnit.DAYS.between(startDate, date)).ownHours();
    }

    @Override
    public boolean includes(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
