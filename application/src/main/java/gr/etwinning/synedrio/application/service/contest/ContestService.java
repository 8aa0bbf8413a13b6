package gr.etwinning.synedrio.application.service.contest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.contest.AwardsFormat;
import gr.etwinning.synedrio.application.port.in.contest.AwardsImportReport;
import gr.etwinning.synedrio.application.port.in.contest.ContestData;
import gr.etwinning.synedrio.application.port.in.contest.ContestSummaryData;
import gr.etwinning.synedrio.application.port.in.contest.GetAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.GetPrizesUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ImportAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.ListContestsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.PrizesData;
import gr.etwinning.synedrio.application.port.in.contest.PrizesData.PrizeTotalData;
import gr.etwinning.synedrio.application.port.in.contest.PrizesData.SchoolPrizeData;
import gr.etwinning.synedrio.application.port.in.contest.ReplaceAwardsUseCase;
import gr.etwinning.synedrio.application.port.in.contest.SetPrizePolicyUseCase;
import gr.etwinning.synedrio.application.port.in.dataset.ImportReport.Outcome;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.contest.AwardsTablePort;
import gr.etwinning.synedrio.application.port.out.contest.ContestRepository;
import gr.etwinning.synedrio.application.port.out.contest.ParsedAwards;
import gr.etwinning.synedrio.application.port.out.school.SchoolRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.application.service.mapping.InContext;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.ContestNumber;
import gr.etwinning.synedrio.domain.contest.Partner;
import gr.etwinning.synedrio.domain.contest.PrizeAllocation;
import gr.etwinning.synedrio.domain.contest.PrizePolicy;
import gr.etwinning.synedrio.domain.contest.PrizeRule;
import gr.etwinning.synedrio.domain.contest.SchoolYear;
import gr.etwinning.synedrio.domain.school.School;
import gr.etwinning.synedrio.domain.school.SchoolType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The national contests: import and export of their awards tables, reading them, and their prizes. */
@Singleton
public final class ContestService implements ImportAwardsUseCase, ReplaceAwardsUseCase, GetAwardsUseCase,
        ListContestsUseCase, GetPrizesUseCase, SetPrizePolicyUseCase {

    private final ContestRepository contests;
    private final ConferenceRepository conferences;
    private final SchoolRepository schools;
    private final TransactionPort transactions;
    private final AwardsTablePort tables;

    @Inject
    public ContestService(ContestRepository contests, ConferenceRepository conferences, SchoolRepository schools,
                          TransactionPort transactions, AwardsTablePort tables) {
        this.tables = Objects.requireNonNull(tables, "'tables' must not be null");
        this.contests = Objects.requireNonNull(contests, "'contests' must not be null");
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.schools = Objects.requireNonNull(schools, "'schools' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public AwardsImportReport importAwards(ImportAwardsCommand command) {
        ContestNumber number = ContestNumber.of(command.contest());
        ParsedAwards parsed = command.format() == AwardsFormat.PRESS_RELEASE
                ? tables.readPressRelease(command.text(), command.source())
                : tables.readCsv(command.text(), command.source());
        List<ParsedAwards.Doubt> doubts = parsed.doubts();
        List<ParsedAwards.Doubt> unsplittable = doubts.stream().filter(d -> d.proposal().isEmpty()).toList();
        if (!doubts.isEmpty() && (!command.acceptGuesses() || !unsplittable.isEmpty())) {
            List<ParsedAwards.Doubt> listed = command.acceptGuesses() ? unsplittable : doubts;
            throw new InvalidValueException(command.source(), command.source() + ": " + listed.size()
                    + " teachers cell" + (listed.size() == 1 ? "" : "s") + " cannot be split into persons with"
                    + " confidence: " + listed.stream().map(ParsedAwards.Doubt::describe)
                    .collect(Collectors.joining("; ")) + ". Separate the names with commas"
                    + (command.acceptGuesses() ? "" : ", or take the proposed splits with --accept-guesses")
                    + "; nothing was written");
        }
        SchoolYear year = ContestMapper.schoolYear(command.schoolYear());
        EditionNumber conference = command.conference() == null ? null : EditionNumber.of(command.conference());
        return transactions.inTransaction(() -> {
            Optional<Contest> existing = contests.find(number);
            Contest planned = InContext.run("contest " + number, () -> Contest.create(number,
                    year != null ? year : existing.flatMap(Contest::schoolYear).orElse(null),
                    conference != null ? conference : existing.flatMap(Contest::presentedAt).orElse(null),
                    parsed.categories(), parsed.projects(), existing.flatMap(Contest::prizePolicy).orElse(null)));
            Outcome outcome = store(planned, null);
            return report(planned, outcome, doubts.stream().map(ParsedAwards.Doubt::describe).toList());
        });
    }

    @Override
    public AwardsImportReport replaceAwards(ReplaceAwardsCommand command) {
        Contest planned = ContestMapper.toContest(command.contest(), command.data());
        Long expected = command.expectedVersion() != null ? command.expectedVersion() : command.data().version();
        return transactions.inTransaction(() -> report(planned, store(planned, expected), List.of()));
    }

    private AwardsImportReport report(Contest c, Outcome outcome, List<String> guesses) {
        long version = contests.find(c.number()).map(Contest::version).orElse(0L);
        List<String> unclassified = c.schools().stream().filter(s -> !s.isClassified()).map(School::name).toList();
        return new AwardsImportReport(c.number().value(), outcome.name().toLowerCase(Locale.ROOT),
                c.projects().size(), c.partnerCount(), c.teacherCount(), guesses, unclassified, version);
    }

    /**
     * Stores a contest as planned, in the caller's transaction: created, updated, or left alone when nothing
     * differs. Its schools join the registry. Used by the dataset import too.
     */
    public Outcome store(Contest planned, Long expectedVersion) {
        String item = "contest " + planned.number();
        planned.presentedAt().ifPresent(edition -> {
            if (!conferences.exists(edition)) {
                throw new RuleViolationException(item, "presented-at-a-known-conference", item + " is presented"
                        + " at edition " + edition + ", which does not exist: add that conference first");
            }
        });
        schools.record(planned.projects().stream().flatMap(p -> p.partners().stream()).map(Partner::school)
                .toList());
        Optional<Contest> existing = contests.find(planned.number());
        if (existing.isEmpty()) {
            contests.add(planned);
            return Outcome.CREATED;
        }
        Contest stored = existing.get();
        if (expectedVersion != null && expectedVersion != stored.version()) {
            throw new ConflictException(item, item + " is at version " + stored.version() + ", not "
                    + expectedVersion + ": somebody changed it meanwhile; read it again and reapply your change");
        }
        if (stored.sameAs(planned)) {
            return Outcome.UNCHANGED;
        }
        stored.revise(planned.schoolYear().orElse(null), planned.presentedAt().orElse(null), planned.categories(),
                planned.projects(), planned.prizePolicy().orElse(null));
        contests.update(stored);
        return Outcome.UPDATED;
    }

    @Override
    public ContestData getAwards(int contest) {
        return ContestMapper.toData(load(ContestNumber.of(contest)));
    }

    @Override
    public String exportAwards(int contest, AwardsFormat format) {
        Contest c = load(ContestNumber.of(contest));
        return format == AwardsFormat.PRESS_RELEASE ? tables.writePressRelease(c) : tables.writeCsv(c);
    }

    @Override
    public List<ContestSummaryData> listContests() {
        return contests.listAll().stream().map(c -> new ContestSummaryData(c.number().value(),
                c.schoolYear().map(Object::toString).orElse(null), c.presentedAt().map(EditionNumber::value)
                .orElse(null), c.categories().size(), c.projects().size(), c.schools().size(),
                c.prizePolicy().isPresent(), c.version())).toList();
    }

    @Override
    public PrizesData getPrizes(int contest) {
        Contest c = load(ContestNumber.of(contest));
        Contest policyOf = c.prizePolicy().isPresent() ? c : contests.listAll().stream()
                .filter(o -> o.prizePolicy().isPresent() && o.number().value() < c.number().value())
                .max(java.util.Comparator.comparingInt(o -> o.number().value()))
                .orElseThrow(() -> new RuleViolationException("contest " + c.number(), "prize-policy-recorded",
                        "contest " + c.number() + " has no prize policy yet, nor has any earlier contest: set one"
                                + " with 'synedrio awards policy " + c.number() + " --rule primary=10:tablet"
                                + " --rule secondary=1:\"3D εκτυπωτής\"'"));
        PrizePolicy policy = policyOf.prizePolicy().orElseThrow();
        PrizeAllocation allocation = c.allocatePrizes(policy);
        List<SchoolPrizeData> rows = new ArrayList<>();
        allocation.schools().forEach(s -> rows.add(new SchoolPrizeData(s.school().name(),
                s.school().type().map(SchoolType::officialName).orElse(null),
                Enums.write(s.knownLevel().orElse(null)), Enums.write(s.basis()), s.reason(),
                s.knownRule().map(PrizeRule::quantity).orElse(null), s.knownRule().map(PrizeRule::item).orElse(null),
                s.projects())));
        Map<String, Integer> counts = allocation.schoolCounts();
        List<PrizeTotalData> totals = allocation.totals().entrySet().stream()
                .map(e -> new PrizeTotalData(e.getKey(), e.getValue(), counts.get(e.getKey()))).toList();
        return new PrizesData(c.number().value(), describe(policy), policyOf.number().value(), rows, totals,
                allocation.undecided().size());
    }

    private static String describe(PrizePolicy policy) {
        String described = policy.rules().stream().map(r -> Enums.write(r.level()) + ": " + r.describe()
                + " per school unit").collect(Collectors.joining("; "));
        return policy.source() == null ? described : described + " («" + policy.source() + "»)";
    }

    @Override
    public String setPrizePolicy(SetPrizePolicyCommand command) {
        ContestNumber number = ContestNumber.of(command.contest());
        PrizePolicy policy = ContestMapper.policy(new ContestData.PrizePolicyData(command.source(),
                command.rules()));
        return transactions.inTransaction(() -> {
            Contest stored = load(number);
            stored.revise(stored.schoolYear().orElse(null), stored.presentedAt().orElse(null), stored.categories(),
                    stored.projects(), policy);
            contests.update(stored);
            return describe(policy);
        });
    }

    private Contest load(ContestNumber number) {
        return contests.find(number).orElseThrow(() -> new NotFoundException("contest " + number,
                "there is no contest " + number));
    }
}
