package gr.etwinning.synedrio.application.service.cfp;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.cfp.AuthorData;
import gr.etwinning.synedrio.application.port.in.cfp.CallData;
import gr.etwinning.synedrio.application.port.in.cfp.PaperData;
import gr.etwinning.synedrio.application.port.in.cfp.SubmissionData;
import gr.etwinning.synedrio.application.port.in.cfp.SubmissionView;
import gr.etwinning.synedrio.application.port.out.cfp.StoredSubmission;
import gr.etwinning.synedrio.application.service.registration.Registrations;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.cfp.Author;
import gr.etwinning.synedrio.domain.cfp.CallForPapers;
import gr.etwinning.synedrio.domain.cfp.SubmissionContent;
import gr.etwinning.synedrio.domain.cfp.SubmissionStatus;
import gr.etwinning.synedrio.domain.cfp.SubmissionType;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.school.EducationLevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Conversions between the call's records and the domain, shared by the call's services. */
final class Submissions {

    private Submissions() {
    }

    static SubmissionContent content(SubmissionData d) {
        if (d == null) {
            throw new InvalidValueException("body", "the submission is missing");
        }
        if (!Boolean.TRUE.equals(d.consent())) {
            throw new InvalidValueException("consent", "consent is required (\"consent\": true): the authors' "
                    + "names, schools and addresses are kept for the conference and shown to nobody but the "
                    + "organisers until acceptance");
        }
        EducationLevel level = Registrations.level(d.level());
        if (level == null) {
            throw new InvalidValueException("level", "level is missing: primary or secondary");
        }
        List<AuthorData> given = d.authors() == null ? List.of() : d.authors();
        List<AuthorData> ordered = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw new InvalidValueException("authors[" + i + "]", "author #" + (i + 1) + " is empty");
            }
            ordered.add(given.get(i));
        }
        if (ordered.stream().anyMatch(a -> a.order() != null)) {
            if (ordered.stream().anyMatch(a -> a.order() == null)) {
                throw new InvalidValueException("authors", "give every author an order, or none");
            }
            ordered.sort(Comparator.comparingInt(AuthorData::order));
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).order() != i + 1) {
                    throw new InvalidValueException("authors", "the authors' orders are 1, 2, … " + ordered.size()
                            + ", each once");
                }
            }
        }
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            AuthorData a = ordered.get(i);
            if (a.email() == null || a.email().isBlank()) {
                throw new InvalidValueException("authors[" + i + "].email", "author #" + (i + 1)
                        + " has no e-mail address");
            }
            boolean contact = ordered.size() == 1 && a.contact() == null || Boolean.TRUE.equals(a.contact());
            authors.add(new Author(a.name(), new EmailAddress(a.email()), a.school(), contact));
        }
        return new SubmissionContent(d.title(), SubmissionType.of(d.type(), "type"), level, d.abstractText(),
                d.keywords(), authors);
    }

    static SubmissionView view(StoredSubmission s, CallForPapers call, Instant now, boolean withAuthors) {
        SubmissionContent c = s.content();
        List<AuthorData> authors = new ArrayList<>();
        if (withAuthors) {
            for (int i = 0; i < c.authors().size(); i++) {
                Author a = c.authors().get(i);
                authors.add(new AuthorData(a.name(), a.email().value(), a.school(), i + 1, a.contact()));
            }
        }
        PaperData paper = s.paper() == null ? null : new PaperData(s.paper().contentType(), s.paper().bytes(),
                s.paper().sha256(), s.paper().uploadedAt());
        boolean editable = call != null && call.takesSubmissions(now) && (s.status() == SubmissionStatus.SUBMITTED
                || s.status() == SubmissionStatus.ACCEPTED);
        return new SubmissionView(s.edition().value(), s.number(), c.title(), c.type().code(), level(c.level()),
                c.abstractText(), c.keywords(), authors, s.status().code(), paper,
                call == null ? null : call.deadlineShown(), editable, s.decidedAs(), s.session(), s.contribution(),
                s.createdAt(), s.updatedAt());
    }

    static String level(EducationLevel l) {
        return l.name().toLowerCase(Locale.ROOT);
    }

    static CallData callData(CallForPapers c, String title, Instant now) {
        return new CallData(c.edition().value(), title, c.deadline(), c.deadlineShown(), CallForPapers.ATHENS.getId(),
                c.types().stream().sorted().map(SubmissionType::code).toList(), List.of("primary", "secondary"),
                c.maxWords(), c.criteria(), c.closed(), c.takesSubmissions(now));
    }

    static NotFoundException unknownCode() {
        return new NotFoundException("code", "no submission has that code");
    }
}
