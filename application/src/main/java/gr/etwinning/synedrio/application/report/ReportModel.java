package gr.etwinning.synedrio.application.report;

import java.util.List;

/**
 * Everything the summary report of an edition says, already worded in Greek, with where each figure comes from.
 * Built once by the application (from the programme, the contest, the recorded figures and the chosen comments)
 * and handed to a template, so that every format shows the same figures. Templates read it by field name
 * ({@code {{registrations.number}}}); {@code docs/report.md} lists the fields.
 *
 * <p>A figure that is neither recorded nor countable is never zero: its {@code number} is a gap such as
 * {@code [λείπει: registrations]}, and {@code missing} is true.
 */
public record ReportModel(int edition, String title, String theme, String dates, int year, String mode,
                          boolean online, boolean onsite, boolean hybrid, String modeAdverb,
                          FigureValue modeYearsInARow, String organiser, String venue, FigureValue registrations,
                          List<Item> opening, List<Item> greetings, List<Item> addresses,
                          List<Session> awardCeremonies, Awards awards, List<Day> days, List<Session> roundTables,
                          Totals totals, Evaluations evaluations, Community community, YearOverYear yearOverYear,
                          List<Provenance> provenance) {

    /** Whether anybody greeted the conference: for templates, which cannot ask a list its size. */
    public boolean anyGreetings() {
        return !greetings.isEmpty();
    }

    /** Whether addresses or keynotes were given. */
    public boolean anyAddresses() {
        return !addresses.isEmpty();
    }

    /** The text of a gap: what is missing, by its key. */
    public static String gap(String key) {
        return "[λείπει: " + key + "]";
    }

    /** A person as the report names them: "κ. Νίκος Παπαδόπουλος", then role and affiliation. */
    public record Person(String honorific, String name, String fullName, String role, String affiliation,
                         String description, String article, String articleAccusative, String roleOf) {

        /**
         * @param article           the definite article the person is spoken of with, in the nominative ("ο", "η"),
         *                          from the honorific or the first name; {@code null} when neither tells
         * @param articleAccusative the same in the accusative ("τον", "την"), for "από την κα …"
         * @param roleOf            the role with the affiliation in the genitive, as a sentence says it: "Γενικός
         *                          Γραμματέας … του ΥΠΑΙΘ"; the description when the affiliation cannot be inflected
         */
        public Person {
        }
    }

    /** A contribution: its title (or, without one, what it was about) and its speakers. */
    public record Item(String kind, String title, String subject, List<Person> speakers, String speakerNames) {
    }

    /**
     * A number the system counted, in words for each gender ("είκοσι μία (21)" feminine, "ένα (1)" neuter) and
     * capitalised for the start of a sentence; {@code one} to choose a singular noun, {@code any} to skip a zero.
     * When there is nothing to count from (no programme), {@code known} is false and every form is the gap.
     */
    public record Count(long value, boolean known, boolean one, boolean any, String masculine, String feminine,
                        String neuter, String masculineCapital, String feminineCapital, String neuterCapital,
                        String digits, String words) {

        /**
         * @param words the count in words with the noun of what was counted, agreeing in gender and number
         *              ("είκοσι μία (21) ομιλίες", "μία (1) στρογγυλή τράπεζα"), from the one place Greek counted
         *              nouns are worded ({@code GreekNoun}); the gap when unknown
         */
        public Count {
        }
    }

    /**
     * A recorded figure: {@code number} as the source writes it ("8.000", "5200"), or the gap; {@code qualified}
     * with its qualifier in words that suit any gender ("περίπου 650", "πάνω από 8.000", "2500"); exactly one of
     * {@code exact}, {@code approximately}, {@code moreThan} is true when it is known.
     */
    public record FigureValue(String key, boolean known, boolean missing, String number, String qualified,
                              boolean exact, boolean approximately, boolean moreThan, String source, String asOf,
                              String ordinalFeminine) {
    }

    /** A programme session with its counts and its figures. */
    public record Session(String id, String kind, String title, String level, String levelGenitive, String span,
                          boolean parallel, boolean workshops, boolean plenary, boolean roundTable,
                          boolean awardCeremony, Count talks, Count workshopCount, Count positions,
                          List<Item> contributions, List<Person> moderators, List<Person> chairs,
                          FigureValue participants, FigureValue videoViews) {
    }

    /**
     * A conference day: its name and date, what kind of day it was (the one that opened the conference, one of
     * parallel sessions and workshops, or another plenary day), the sessions held and their counts, and its figures.
     * {@code levels} names the education levels of its parallel sessions ("Πρωτοβάθμιας και Δευτεροβάθμιας").
     */
    public record Day(int number, String ordinal, boolean first, boolean last, String weekday, String date,
                      String longDate, String label, String span, boolean opensConference, boolean parallelDay,
                      boolean plenaryDay, String levels, boolean hasWorkshops, boolean hasRoundTable,
                      List<Session> sessions, List<Session> parallelSessions,
                      List<Session> videoSessions, Count sessionsHeld, Count talks, Count workshops,
                      Count roundTables, FigureValue liveViewers, FigureValue videoViews, FigureValue participants,
                      FigureValue parallelParticipants, FigureValue workshopParticipants, String weekdayGenitive,
                      String weekdayArticleGenitive) {

        /**
         * @param weekdayGenitive        the weekday in the genitive ("Κυριακής", "Σαββάτου")
         * @param weekdayArticleGenitive its article in the genitive ("της", "του")
         */
        public Day {
        }
    }

    /** The winners' table of the contest the edition presented, category by category. */
    public record Awards(boolean known, String gap, Integer contest, String schoolYear, String prizes,
                         List<AwardCategory> categories, Count projects, Count schools) {
    }

    public record AwardCategory(String title, List<AwardRow> rows) {
    }

    /** One partner school of an awarded project; award and title only on the project's first row. */
    public record AwardRow(String award, String project, String school, String teachers) {
    }

    /** The edition's totals: talks and scientific announcements, workshops, round tables. */
    public record Totals(Count talks, Count workshops, Count roundTables, Count sessions) {
    }

    /**
     * What the evaluations say: how many teachers evaluated (recorded, or counted from the imported responses), the
     * chosen comments, and the charts drawn from the answers and the attendance.
     */
    public record Evaluations(FigureValue count, List<String> comments, boolean anyComments, List<Chart> charts,
                              boolean anyCharts) {

        public Evaluations(FigureValue count, List<String> comments, boolean anyComments) {
            this(count, comments, anyComments, List.of(), false);
        }
    }

    /**
     * A chart: its name, its Greek title, where the API serves it ({@code href}, for links and images in Markdown),
     * and the SVG itself, ready to be placed inline in an HTML page ({@code svg}, without an XML declaration).
     */
    public record Chart(String name, String title, String href, String svg) {
    }

    /** The eTwinning community's size in Europe and in Greece, with the date each was last updated. */
    public record Community(FigureValue europeTeachers, FigureValue europeSchools, FigureValue europeProjects,
                            String europeAsOf, FigureValue greeceTeachers, FigureValue greeceSchools,
                            FigureValue greeceProjects, String greeceAsOf) {
    }

    /** The change since the previous edition, when it is recorded ({@code known}). */
    public record YearOverYear(boolean known, Integer previousEdition, Integer previousYear, Change registrations,
                               Change talks, Change workshops) {
    }

    /**
     * One line of the comparison: both values as printed, the difference with its sign ("+1.000", "-3", "0") and
     * the change in percent ("+16,7%"); {@code known} only when both values are.
     */
    public record Change(boolean known, String previous, String current, String difference, String percent,
                         boolean up, boolean down, boolean same) {
    }

    /**
     * Where a figure of the report comes from: counted from the data Synedrio holds, or recorded by an operator.
     * {@code countedValue} and {@code countedHow} are what Synedrio counted for the key (registrations, attendance,
     * evaluations), shown beside a recorded figure that stands; {@code null} where it counts nothing for the key.
     */
    public record Provenance(String key, String value, boolean counted, String how, String source, String asOf,
                             String countedValue, String countedHow) {

        public Provenance(String key, String value, boolean counted, String how, String source, String asOf) {
            this(key, value, counted, how, source, asOf, null, null);
        }

        /** Whether a counted value stands beside a recorded one that the report uses: for templates. */
        public boolean countedBeside() {
            return countedValue != null && !counted;
        }
    }
}
