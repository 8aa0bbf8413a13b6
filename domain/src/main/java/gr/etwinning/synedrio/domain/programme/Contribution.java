package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.person.PersonId;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One item of a session: a greeting, an address, a talk, a workshop, a round-table position. Its title may be
 * unknown — the 2021 press release counts 31 primary talks without naming one — and is then absent, never made up.
 * Where the source says what it was about without giving a title ("για την υλοποίηση των διαδικτυακών μαθημάτων"),
 * that is its subject. Its time may be unknown too. Speakers are referred to by id, in the order the source gives
 * them. A contribution imported from another tool keeps that tool's own id of it (pretalx's code, older frab's
 * guid that is not a UUID) as its external id.
 */
public final class Contribution {

    private final ContributionId id;
    private final ContributionKind kind;
    private final String title;
    private final String subject;
    private final List<PersonId> speakers;
    private final EducationLevel level;
    private final TimeRange time;
    private final String externalId;

    public Contribution(ContributionId id, ContributionKind kind, String title, String subject,
                        List<PersonId> speakers, EducationLevel level, TimeRange time) {
        this(id, kind, title, subject, speakers, level, time, null);
    }

    public Contribution(ContributionId id, ContributionKind kind, String title, String subject,
                        List<PersonId> speakers, EducationLevel level, TimeRange time, String externalId) {
        this.id = Check.notNull(id, "contribution id");
        String item = "contribution '" + id + "'";
        this.kind = Check.notNull(kind, item + " kind");
        this.title = Check.optionalText(title, item + " title", 1000);
        this.subject = Check.optionalText(subject, item + " subject", 1000);
        this.speakers = Check.list(speakers, item + " speaker");
        Set<PersonId> seen = new HashSet<>();
        for (PersonId speaker : this.speakers) {
            if (!seen.add(speaker)) {
                throw new InvalidValueException(item, item + " names speaker '" + speaker + "' twice");
            }
        }
        this.level = level;
        this.time = time;
        this.externalId = Check.optionalText(externalId, item + " external id", 200);
    }

    public ContributionId id() {
        return id;
    }

    public ContributionKind kind() {
        return kind;
    }

    /** The title as written, or empty when the source does not give it. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** What it was about, as the source words it, when that is not a title; or empty. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public List<PersonId> speakers() {
        return speakers;
    }

    public Optional<EducationLevel> level() {
        return Optional.ofNullable(level);
    }

    /** When it takes place, or empty when the source does not say. */
    public Optional<TimeRange> time() {
        return Optional.ofNullable(time);
    }

    /** The id another tool gave it (pretalx's code, older frab's guid), or empty. */
    public Optional<String> externalId() {
        return Optional.ofNullable(externalId);
    }

    /** The same contribution with the id another tool gave it. */
    public Contribution withExternalId(String external) {
        return new Contribution(id, kind, title, subject, speakers, level, time, external);
    }

    boolean sameAs(Contribution o) {
        return id.equals(o.id) && kind == o.kind && Objects.equals(title, o.title)
                && Objects.equals(subject, o.subject) && speakers.equals(o.speakers)
                && level == o.level && Objects.equals(time, o.time) && Objects.equals(externalId, o.externalId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contribution c && c.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Contribution[" + id + ", " + kind + "]";
    }
}
