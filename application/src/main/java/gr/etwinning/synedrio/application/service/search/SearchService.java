package gr.etwinning.synedrio.application.service.search;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.port.in.search.SearchUseCase;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.port.out.conference.ProgrammeMatch;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.school.RegisteredSchool;
import gr.etwinning.synedrio.application.port.out.school.SchoolRepository;
import gr.etwinning.synedrio.application.port.out.contest.ContestRepository;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.Partner;
import gr.etwinning.synedrio.domain.contest.Project;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Searches by the stored search keys — the database narrows the candidates, so nothing is loaded whole — then ranks
 * them with {@link GreekText#matchRank}: exact matches first, then whole words, then word beginnings; ties by kind
 * (people, sessions, contributions) and in Greek alphabetical order.
 */
@Singleton
public final class SearchService implements SearchUseCase {

    /** Candidates fetched per kind before ranking: enough that ranking never misses an exact match in practice. */
    static final int CANDIDATES = 200;

    private static final List<String> KIND_ORDER = List.of("person", "session", "contribution", "school",
            "project");

    private final PersonRepository persons;
    private final ConferenceRepository conferences;
    private final SchoolRepository schools;
    private final TransactionPort transactions;
    /** The contests whose projects are searched. */
    private final ContestRepository contests;

    /**
     * A search that finds the schools of the registry and the contests' projects too (by title, or by one of their
     * partner schools: {@code search ΑΥΤΕΝΕΡΓΩ} finds the school and its projects).
     */
    @Inject
    public SearchService(PersonRepository persons, ConferenceRepository conferences, SchoolRepository schools,
                         TransactionPort transactions, ContestRepository contests) {
        this.contests = Objects.requireNonNull(contests, "'contests' must not be null");
        this.schools = Objects.requireNonNull(schools, "'schools' must not be null");
        this.persons = Objects.requireNonNull(persons, "'persons' must not be null");
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        List<String> words = Arrays.stream(GreekText.key(query.text()).split(" ")).filter(w -> !w.isEmpty())
                .distinct().toList();
        List<SearchHit> hits = new ArrayList<>();
        transactions.inTransaction(() -> {
            for (Person p : persons.search(words, CANDIDATES)) {
                int rank = GreekText.matchRank(p.name(), query.text());
                for (String other : p.otherNames()) {
                    rank = Math.max(rank, GreekText.matchRank(other, query.text()));
                }
                if (rank > 0) {
                    hits.add(new SearchHit("person", p.id().value(), null, p.displayName(), detail(p), rank));
                }
            }
            for (ProgrammeMatch m : conferences.searchProgramme(words, CANDIDATES)) {
                hit(m, query.text(), hits);
            }
            // The registry holds the schools of the contests and registrations: some thousands at most, ranked here.
            for (RegisteredSchool r : schools.listAll()) {
                int rank = GreekText.matchRank(r.school().name(), query.text());
                for (String spelling : r.spellings()) {
                    rank = Math.max(rank, GreekText.matchRank(spelling, query.text()));
                }
                if (rank > 0) {
                    hits.add(new SearchHit("school", r.school().key(), null, r.school().name(),
                            r.school().type().map(t -> t.officialName()).orElse(""), rank));
                }
            }
            projects(query.text(), hits);
            return null;
        });
        hits.sort(Comparator.comparingInt(SearchHit::rank).reversed()
                .thenComparingInt(h -> KIND_ORDER.indexOf(h.kind()))
                .thenComparing(SearchHit::title, GreekText.COLLATOR)
                .thenComparing(h -> h.edition() == null ? 0 : h.edition())
                .thenComparing(SearchHit::id));
        return hits.size() > query.limit() ? List.copyOf(hits.subList(0, query.limit())) : List.copyOf(hits);
    }

    /** The contest projects whose title matches or one of whose partner schools does. */
    private void projects(String query, List<SearchHit> hits) {
        for (Contest c : contests.listAll()) {
            for (Project p : c.projects()) {
                int rank = GreekText.matchRank(p.title(), query);
                for (Partner partner : p.partners()) {
                    rank = Math.max(rank, GreekText.matchRank(partner.schoolName(), query));
                }
                if (rank > 0) {
                    String schoolsOf = p.partners().stream().map(Partner::schoolName)
                            .collect(java.util.stream.Collectors.joining(", "));
                    hits.add(new SearchHit("project", "contest-" + c.number().value() + ":" + p.title(),
                            c.presentedAt().map(e -> e.value()).orElse(null), p.title(),
                            "contest " + c.number().value() + " · " + p.category().name().toLowerCase(
                                    java.util.Locale.ROOT).replace('_', ' ') + " · " + schoolsOf, rank));
                }
            }
        }
    }

    private static void hit(ProgrammeMatch m, String query, List<SearchHit> hits) {
        String sessionTitle = m.sessionTitle() != null ? m.sessionTitle() : m.sessionKind().label();
        if (!m.isContribution()) {
            int rank = Math.max(GreekText.matchRank(sessionTitle, query),
                    m.room() == null ? 0 : GreekText.matchRank(m.room(), query));
            if (rank > 0) {
                hits.add(new SearchHit("session", m.sessionId(), m.edition(), sessionTitle,
                        "edition " + m.edition() + " · " + m.day() + (m.room() == null ? "" : " · " + m.room()),
                        rank));
            }
            return;
        }
        int rank = Math.max(m.contributionTitle() == null ? 0 : GreekText.matchRank(m.contributionTitle(), query),
                m.contributionSubject() == null ? 0 : GreekText.matchRank(m.contributionSubject(), query));
        if (rank > 0) {
            String title = m.contributionTitle() != null ? m.contributionTitle()
                    : m.contributionKind().label() + " (τίτλος άγνωστος)";
            hits.add(new SearchHit("contribution", m.contributionId(), m.edition(), title,
                    "edition " + m.edition() + " · " + m.day() + " · " + sessionTitle, rank));
        }
    }

    private static String detail(Person p) {
        StringBuilder d = new StringBuilder();
        if (p.role() != null) {
            d.append(p.role());
        }
        if (p.affiliation() != null) {
            d.append(d.length() > 0 ? ", " : "").append(p.affiliation());
        }
        if (!p.otherNames().isEmpty()) {
            d.append(d.length() > 0 ? " · " : "").append("also written ").append(String.join(", ", p.otherNames()));
        }
        return d.toString();
    }
}
