package gr.etwinning.synedrio.application.service.attendance;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.AttendanceCounts;
import gr.etwinning.synedrio.application.port.out.attendance.AttendanceRepository.TargetCounts;
import gr.etwinning.synedrio.application.port.out.figure.CountedFigureSource;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.text.GreekNumerals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The report's participant figures as Synedrio counts them from the imported attendance files (docs/report.md):
 * {@code participants.day<N>} (distinct persons in day N's meetings), {@code participants.day<N>.parallel} (in its
 * parallel sessions together), {@code workshops.unique-participants} (in any workshop: a person in two counts once)
 * and {@code participants.<session-id>}. Each says how many files it was counted from. The report shows a counted
 * figure beside the recorded one, and uses it only where nothing is recorded or the operator chose it.
 */
@Singleton
public final class AttendanceFigures implements CountedFigureSource {

    private final ConferenceRepository conferences;
    private final AttendanceRepository attendance;

    @Inject
    public AttendanceFigures(ConferenceRepository conferences, AttendanceRepository attendance) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.attendance = Objects.requireNonNull(attendance, "'attendance' must not be null");
    }

    @Override
    public List<CountedFigure> count(EditionNumber edition) {
        Conference conference = conferences.find(edition).orElse(null);
        if (conference == null) {
            return List.of();
        }
        AttendanceCounts counts = attendance.counts(edition);
        if (counts.targets().isEmpty()) {
            return List.of();
        }
        LocalDate first = conference.details().startDate();
        List<CountedFigure> out = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> day : counts.uniqueByDay().entrySet()) {
            long n = ChronoUnit.DAYS.between(first, day.getKey()) + 1;
            out.add(figure("participants.day" + n, day.getValue(), counts, t -> t.day().equals(day.getKey())));
        }
        for (Map.Entry<LocalDate, Long> day : counts.uniqueParallelByDay().entrySet()) {
            long n = ChronoUnit.DAYS.between(first, day.getKey()) + 1;
            out.add(figure("participants.day" + n + ".parallel", day.getValue(), counts,
                    t -> t.day().equals(day.getKey()) && conference.programme().sessions().stream().anyMatch(s ->
                            s.id().value().equals(t.sessionId()) && s.kind().name().equals("PARALLEL"))));
        }
        if (counts.uniqueInWorkshops() > 0) {
            out.add(figure("workshops.unique-participants", counts.uniqueInWorkshops(), counts,
                    t -> t.kind().equals("workshop") || t.kind().equals("workshops")));
        }
        for (Map.Entry<String, Long> session : counts.uniqueBySession().entrySet()) {
            out.add(figure("participants." + session.getKey(), session.getValue(), counts,
                    t -> t.sessionId().equals(session.getKey())));
        }
        return out;
    }

    private static CountedFigure figure(String key, long value, AttendanceCounts counts, Predicate<TargetCounts> in) {
        long files = counts.targets().stream().filter(in).mapToLong(TargetCounts::files).sum();
        return new CountedFigure(key, value, "καταμετρήθηκε από " + (files == 1 ? "ένα αρχείο παρουσιών"
                : GreekNumerals.grouped(files) + " αρχεία παρουσιών"));
    }
}
