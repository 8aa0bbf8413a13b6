package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.SubmissionAuthorRecord;
import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.SubmissionRecord;
import gr.etwinning.synedrio.application.port.out.cfp.StoredSubmission;
import gr.etwinning.synedrio.application.port.out.cfp.SubmissionRepository;
import gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts;
import gr.etwinning.synedrio.domain.cfp.CallForPapers;
import gr.etwinning.synedrio.domain.cfp.PaperContent;
import gr.etwinning.synedrio.domain.cfp.SubmissionContent;
import gr.etwinning.synedrio.domain.cfp.SubmissionStatus;
import gr.etwinning.synedrio.domain.cfp.SubmissionType;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import org.jooq.Condition;
import org.jooq.exception.DataAccessException;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static gr.etwinning.synedrio.adapter.out.persistence.JooqRegistrationRepository.instant;
import static gr.etwinning.synedrio.adapter.out.persistence.JooqRegistrationRepository.utc;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.CFP_CALL;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.SUBMISSION;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.SUBMISSION_AUTHOR;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.SUBMISSION_PAPER;

/**
 * Calls for papers in {@code cfp_call}, submissions in {@code submission} with their authors in
 * {@code submission_author}, full texts by hash in {@code submission_paper}. Also what the proceedings read of an
 * accepted submission ({@link SubmittedTexts}).
 */
@Singleton
public final class JooqSubmissionRepository implements SubmissionRepository, SubmittedTexts {

    private final Database database;

    @Inject
    public JooqSubmissionRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<CallForPapers> findCall(EditionNumber edition) {
        return database.dsl().selectFrom(CFP_CALL).where(CFP_CALL.EDITION.eq(edition.value())).fetchOptional()
                .map(JooqSubmissionRepository::toCall);
    }

    @Override
    public Optional<CallForPapers> lockCall(EditionNumber edition) {
        return database.dsl().selectFrom(CFP_CALL).where(CFP_CALL.EDITION.eq(edition.value())).forUpdate()
                .fetchOptional().map(JooqSubmissionRepository::toCall);
    }

    private static CallForPapers toCall(gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records
                                                .CfpCallRecord r) {
        Set<SubmissionType> types = EnumSet.noneOf(SubmissionType.class);
        for (String t : r.getTypes().split(",")) {
            types.add(SubmissionType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
        }
        return new CallForPapers(EditionNumber.of(r.getEdition()), instant(r.getDeadline()), types,
                r.getMaxWords(), Arrays.asList(r.getCriteria().split("\n")), r.getClosed());
    }

    @Override
    public void saveCall(CallForPapers call, Instant at) {
        var dsl = database.dsl();
        String types = String.join(",", call.types().stream().sorted().map(SubmissionType::code).toList());
        try {
            int updated = dsl.update(CFP_CALL).set(CFP_CALL.DEADLINE, utc(call.deadline()))
                    .set(CFP_CALL.TYPES, types).set(CFP_CALL.MAX_WORDS, call.maxWords())
                    .set(CFP_CALL.CRITERIA, String.join("\n", call.criteria())).set(CFP_CALL.CLOSED, call.closed())
                    .where(CFP_CALL.EDITION.eq(call.edition().value())).execute();
            if (updated == 0) {
                dsl.insertInto(CFP_CALL).set(CFP_CALL.EDITION, call.edition().value())
                        .set(CFP_CALL.DEADLINE, utc(call.deadline())).set(CFP_CALL.TYPES, types)
                        .set(CFP_CALL.MAX_WORDS, call.maxWords())
                        .set(CFP_CALL.CRITERIA, String.join("\n", call.criteria()))
                        .set(CFP_CALL.CLOSED, call.closed()).set(CFP_CALL.OPENED_AT, utc(at)).execute();
            }
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public int nextNumber(EditionNumber edition) {
        Integer max = database.dsl().select(org.jooq.impl.DSL.max(SUBMISSION.NUMBER)).from(SUBMISSION)
                .where(SUBMISSION.EDITION.eq(edition.value())).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    @Override
    public StoredSubmission add(StoredSubmission s) {
        var dsl = database.dsl();
        try {
            SubmissionRecord r = toRecord(s);
            r.changed(SUBMISSION.ID, false);
            Long id = dsl.insertInto(SUBMISSION).set(r).returningResult(SUBMISSION.ID).fetchOne(SUBMISSION.ID);
            insertAuthors(id, s);
            return new StoredSubmission(id, s.edition(), s.number(), s.code(), s.content(), s.status(),
                    s.decidedAs(), s.session(), s.contribution(), s.authorPersons(), s.paper(), s.consentAt(),
                    s.createdAt(), s.updatedAt());
        } catch (DataAccessException e) {
            if (Failures.isUniqueViolation(e)) {
                throw new RetryTransaction("a submission took the same number meanwhile");
            }
            throw Failures.translate(e);
        }
    }

    @Override
    public void update(StoredSubmission s) {
        var dsl = database.dsl();
        try {
            SubmissionRecord r = toRecord(s);
            r.changed(SUBMISSION.ID, false);
            r.changed(SUBMISSION.CODE, false);
            r.changed(SUBMISSION.CREATED_AT, false);
            dsl.update(SUBMISSION).set(r).where(SUBMISSION.ID.eq(s.id())).execute();
            dsl.deleteFrom(SUBMISSION_AUTHOR).where(SUBMISSION_AUTHOR.SUBMISSION_ID.eq(s.id())).execute();
            insertAuthors(s.id(), s);
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }

    private void insertAuthors(long id, StoredSubmission s) {
        List<SubmissionAuthorRecord> rows = new ArrayList<>();
        for (int i = 0; i < s.content().authors().size(); i++) {
            gr.etwinning.synedrio.domain.cfp.Author a = s.content().authors().get(i);
            SubmissionAuthorRecord r = new SubmissionAuthorRecord();
            r.setSubmissionId(id);
            r.setPosition(i + 1);
            r.setFullName(a.name());
            r.setEmail(a.email().value());
            r.setEmailKey(a.email().key());
            r.setSchool(a.school());
            r.setSchoolKey(a.schoolKey());
            r.setContact(a.contact());
            r.setPersonId(s.authorPersons().get(i));
            rows.add(r);
        }
        database.dsl().batchInsert(rows).execute();
    }

    private static SubmissionRecord toRecord(StoredSubmission s) {
        SubmissionRecord r = new SubmissionRecord();
        r.setId(s.id());
        r.setEdition(s.edition().value());
        r.setNumber(s.number());
        r.setCode(s.code());
        SubmissionContent c = s.content();
        r.setTitle(c.title());
        r.setSubmissionType(c.type().code());
        r.setLevel(c.level().name().toLowerCase(Locale.ROOT));
        r.setAbstractText(c.abstractText());
        r.setKeywords(String.join("\n", c.keywords()));
        r.setStatus(s.status().code());
        r.setDecidedAs(s.decidedAs());
        r.setSessionId(s.session());
        r.setContributionId(s.contribution());
        r.setPaperSha256(s.paper() == null ? null : s.paper().sha256());
        r.setPaperType(s.paper() == null ? null : s.paper().contentType());
        r.setPaperBytes(s.paper() == null ? null : s.paper().bytes());
        r.setConsentAt(utc(s.consentAt()));
        r.setCreatedAt(utc(s.createdAt()));
        r.setUpdatedAt(utc(s.updatedAt()));
        // the paper's upload time is the paper row's
        return r;
    }

    @Override
    public Optional<StoredSubmission> findByCode(String code) {
        return one(SUBMISSION.CODE.eq(code), false);
    }

    @Override
    public Optional<StoredSubmission> lockByCode(String code) {
        return one(SUBMISSION.CODE.eq(code), true);
    }

    @Override
    public Optional<StoredSubmission> findByNumber(EditionNumber edition, int number) {
        return one(SUBMISSION.EDITION.eq(edition.value()).and(SUBMISSION.NUMBER.eq(number)), false);
    }

    @Override
    public Optional<StoredSubmission> lockByNumber(EditionNumber edition, int number) {
        return one(SUBMISSION.EDITION.eq(edition.value()).and(SUBMISSION.NUMBER.eq(number)), true);
    }

    @Override
    public Optional<StoredSubmission> findByContribution(EditionNumber edition, String contribution) {
        return one(SUBMISSION.EDITION.eq(edition.value()).and(SUBMISSION.CONTRIBUTION_ID.eq(contribution))
                .and(SUBMISSION.STATUS.eq(SubmissionStatus.ACCEPTED.code())), false);
    }

    @Override
    public List<StoredSubmission> list(EditionNumber edition) {
        return many(SUBMISSION.EDITION.eq(edition.value()), false);
    }

    private Optional<StoredSubmission> one(Condition where, boolean lock) {
        return many(where, lock).stream().findFirst();
    }

    private List<StoredSubmission> many(Condition where, boolean lock) {
        var dsl = database.dsl();
        var query = dsl.selectFrom(SUBMISSION).where(where).orderBy(SUBMISSION.EDITION, SUBMISSION.NUMBER);
        List<SubmissionRecord> rows = lock ? query.forUpdate().fetch() : query.fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SubmissionAuthorRecord>> authors = new HashMap<>();
        dsl.selectFrom(SUBMISSION_AUTHOR)
                .where(SUBMISSION_AUTHOR.SUBMISSION_ID.in(rows.stream().map(SubmissionRecord::getId).toList()))
                .orderBy(SUBMISSION_AUTHOR.SUBMISSION_ID, SUBMISSION_AUTHOR.POSITION)
                .forEach(a -> authors.computeIfAbsent(a.getSubmissionId(), k -> new ArrayList<>()).add(a));
        Map<String, Instant> uploaded = new HashMap<>();
        List<String> hashes = rows.stream().map(SubmissionRecord::getPaperSha256).filter(h -> h != null).toList();
        if (!hashes.isEmpty()) {
            dsl.select(SUBMISSION_PAPER.SHA256, SUBMISSION_PAPER.UPLOADED_AT).from(SUBMISSION_PAPER)
                    .where(SUBMISSION_PAPER.SHA256.in(hashes))
                    .forEach(p -> uploaded.put(p.value1(), instant(p.value2())));
        }
        List<StoredSubmission> result = new ArrayList<>();
        for (SubmissionRecord r : rows) {
            List<SubmissionAuthorRecord> as = authors.getOrDefault(r.getId(), List.of());
            List<gr.etwinning.synedrio.domain.cfp.Author> list = as.stream().map(a -> new gr.etwinning.synedrio.domain.cfp.Author(a.getFullName(), new EmailAddress(a.getEmail()),
                    a.getSchool(), a.getContact())).toList();
            List<String> persons = new ArrayList<>();
            as.forEach(a -> persons.add(a.getPersonId()));
            SubmissionContent content = new SubmissionContent(r.getTitle(),
                    SubmissionType.valueOf(r.getSubmissionType().toUpperCase(Locale.ROOT)),
                    EducationLevel.valueOf(r.getLevel().toUpperCase(Locale.ROOT)), r.getAbstractText(),
                    r.getKeywords().isEmpty() ? List.of() : Arrays.asList(r.getKeywords().split("\n")), list);
            StoredSubmission.Paper paper = r.getPaperSha256() == null ? null : new StoredSubmission.Paper(
                    r.getPaperSha256(), r.getPaperType(), r.getPaperBytes(), uploaded.get(r.getPaperSha256()));
            result.add(new StoredSubmission(r.getId(), EditionNumber.of(r.getEdition()), r.getNumber(), r.getCode(),
                    content, SubmissionStatus.ofCode(r.getStatus()), r.getDecidedAs(), r.getSessionId(),
                    r.getContributionId(), persons, paper, instant(r.getConsentAt()), instant(r.getCreatedAt()),
                    instant(r.getUpdatedAt())));
        }
        return result;
    }

    @Override
    public void savePaper(String sha256, String contentType, byte[] content, Instant at) {
        var dsl = database.dsl();
        try {
            if (!dsl.fetchExists(SUBMISSION_PAPER, SUBMISSION_PAPER.SHA256.eq(sha256))) {
                dsl.insertInto(SUBMISSION_PAPER).set(SUBMISSION_PAPER.SHA256, sha256)
                        .set(SUBMISSION_PAPER.CONTENT_TYPE, contentType)
                        .set(SUBMISSION_PAPER.BYTES, (long) content.length)
                        .set(SUBMISSION_PAPER.CONTENT, content).set(SUBMISSION_PAPER.UPLOADED_AT, utc(at)).execute();
            }
        } catch (DataAccessException e) {
            if (Failures.isUniqueViolation(e)) {
                return; // the same file, stored by someone else meanwhile
            }
            throw Failures.translate(e);
        }
    }

    @Override
    public Optional<byte[]> paper(String sha256) {
        return database.dsl().select(SUBMISSION_PAPER.CONTENT).from(SUBMISSION_PAPER)
                .where(SUBMISSION_PAPER.SHA256.eq(sha256)).fetchOptional(SUBMISSION_PAPER.CONTENT);
    }

    // --- SubmittedTexts (the proceedings, issue 15) ---

    @Override
    public Optional<SubmittedText> of(EditionNumber edition, ContributionId contribution) {
        return findByContribution(edition, contribution.value()).map(s -> new SubmittedText(s.content().title(),
                s.content().abstractText(), s.content().keywords(),
                s.content().authors().stream().map(a -> new SubmittedTexts.Author(a.name(), a.school())).toList(),
                Optional.ofNullable(s.paper()).filter(p -> PaperContent.PDF.equals(p.contentType()))
                        .map(p -> new Paper(p.contentType(), p.bytes(), p.sha256()))));
    }

    @Override
    public InputStream openPaper(String paperSha256) throws FileNotFoundException {
        return new ByteArrayInputStream(paper(paperSha256).orElseThrow(() -> new FileNotFoundException(
                "no uploaded paper has SHA-256 " + paperSha256)));
    }
}
