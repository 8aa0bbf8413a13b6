package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.domain.person.PersonId;

import gr.etwinning.synedrio.domain.text.GreekText;

import gr.etwinning.synedrio.domain.programme.Contribution;

import gr.etwinning.synedrio.domain.programme.Session;

import gr.etwinning.synedrio.application.port.out.conference.ProgrammeMatch;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceListing;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.person.PersonDirectory;
import gr.etwinning.synedrio.domain.programme.Programme;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Editions as stored rows: details, programme and version, never the caller's mutable {@link Conference}. Reading
 * restores a fresh copy through {@link Conference#restore}, as the jOOQ repository does, so a caller changing the
 * object it read changes nothing stored. {@link #update} honours the optimistic version check.
 */
public final class InMemoryConferenceRepository implements ConferenceRepository, Snapshotting {

    private record Row(ConferenceDetails details, Programme programme, long version) {
    }

    private final PersonDirectory people;
    private TreeMap<EditionNumber, Row> rows = new TreeMap<>();
    private int updates;

    /** @param people where restored programmes look up their persons, normally the {@link InMemoryPersonRepository} */
    public InMemoryConferenceRepository(PersonDirectory people) {
        this.people = people;
    }

    @Override
    public List<ConferenceListing> listAll() {
        return rows.entrySet().stream()
                .map(e -> new ConferenceListing(e.getKey(), e.getValue().details(),
                        e.getValue().programme().sessions().size(), e.getValue().programme().contributionCount(),
                        e.getValue().version()))
                .toList();
    }

    @Override
    public Optional<Conference> find(EditionNumber edition) {
        Row row = rows.get(edition);
        return row == null ? Optional.empty()
                : Optional.of(Conference.restore(edition, row.details(), row.programme(), people, row.version()));
    }

    @Override
    public boolean exists(EditionNumber edition) {
        return rows.containsKey(edition);
    }

    @Override
    public void add(Conference conference) {
        if (rows.containsKey(conference.edition())) {
            throw new ConflictException("edition " + conference.edition(), "edition " + conference.edition()
                    + " exists already");
        }
        rows.put(conference.edition(), new Row(conference.details(), conference.programme(), 1));
    }

    @Override
    public long update(Conference conference) {
        Row row = rows.get(conference.edition());
        if (row == null || row.version() != conference.version()) {
            throw new ConflictException("edition " + conference.edition(), "edition " + conference.edition()
                    + " is not at version " + conference.version() + " any more");
        }
        long version = row.version() + 1;
        rows.put(conference.edition(), new Row(conference.details(), conference.programme(), version));
        updates++;
        return version;
    }

    /** The stored version of the edition; fails the test if there is none. */
    public long versionOf(int edition) {
        Row row = rows.get(EditionNumber.of(edition));
        if (row == null) {
            throw new AssertionError("edition " + edition + " is not stored");
        }
        return row.version();
    }

    /** How many updates were accepted, rolled-back ones included. */
    public int updates() {
        return updates;
    }

    public int size() {
        return rows.size();
    }

    @Override
    public Runnable snapshot() {
        TreeMap<EditionNumber, Row> saved = new TreeMap<>(rows);
        return () -> rows = new TreeMap<>(saved);
    }

    @Override
    public List<ProgrammeMatch> searchProgramme(List<String> words, int limit) {
        List<ProgrammeMatch> matches = new java.util.ArrayList<>();
        for (EditionNumber edition : rows.keySet()) {
            for (Session s : find(edition).orElseThrow().programme().sessions()) {
                String session = s.title().orElse("") + " " + s.room().orElse("");
                if (matchesAll(session, words)) {
                    matches.add(new ProgrammeMatch(edition.value(), s.id().value(), s.kind(), s.title().orElse(null),
                            s.day(), s.room().orElse(null), null, null, null, null));
                }
                for (Contribution c : s.contributions()) {
                    if (matchesAll(c.title().orElse("") + " " + c.subject().orElse(""), words)) {
                        matches.add(new ProgrammeMatch(edition.value(), s.id().value(), s.kind(),
                                s.title().orElse(null), s.day(), s.room().orElse(null), c.id().value(), c.kind(),
                                c.title().orElse(null), c.subject().orElse(null)));
                    }
                }
            }
        }
        return matches.stream().limit(limit).toList();
    }

    private static boolean matchesAll(String text, List<String> words) {
        String key = " " + GreekText.key(text);
        return words.stream().allMatch(w -> key.contains(" " + w));
    }

    @Override
    public List<ChairAssignment> chairAssignments(PersonId person) {
        List<ChairAssignment> found = new java.util.ArrayList<>();
        for (EditionNumber edition : rows.keySet()) {
            for (Session s : rows.get(edition).programme().sessions()) {
                if (s.chairs().stream().anyMatch(c -> c.person().equals(person))) {
                    found.add(new ChairAssignment(edition, s.id()));
                }
            }
        }
        return found;
    }
}
