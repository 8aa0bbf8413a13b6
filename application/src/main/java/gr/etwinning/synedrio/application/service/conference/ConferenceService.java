package gr.etwinning.synedrio.application.service.conference;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.conference.ConferenceData;
import gr.etwinning.synedrio.application.port.in.conference.ConferenceSummaryData;
import gr.etwinning.synedrio.application.port.in.conference.CreateConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.GetConferenceUseCase;
import gr.etwinning.synedrio.application.port.in.conference.ListConferencesUseCase;
import gr.etwinning.synedrio.application.port.in.conference.UpdateConferenceUseCase;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.service.mapping.DomainMapper;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.util.List;
import java.util.Objects;

/** Lists, reads, plans and revises conference editions. */
@Singleton
public final class ConferenceService implements ListConferencesUseCase, GetConferenceUseCase,
        CreateConferenceUseCase, UpdateConferenceUseCase {

    private final ConferenceRepository conferences;
    private final TransactionPort transactions;

    @Inject
    public ConferenceService(ConferenceRepository conferences, TransactionPort transactions) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public List<ConferenceSummaryData> listConferences() {
        return conferences.listAll().stream()
                .map(l -> new ConferenceSummaryData(l.edition().value(), l.details().title(), l.details().startDate(),
                        l.details().endDate(), Enums.write(l.details().mode()), l.sessions(), l.contributions(),
                        l.version()))
                .toList();
    }

    @Override
    public ConferenceData getConference(int edition) {
        // The details only: the listing reads them without loading the programme (a page or a table shown next to
        // the programme would otherwise read the whole programme twice).
        EditionNumber number = EditionNumber.of(edition);
        return conferences.listAll().stream().filter(l -> l.edition().equals(number)).findFirst()
                .map(l -> DomainMapper.toData(edition, l.details(), l.version()))
                .orElseThrow(() -> notFound(number));
    }

    @Override
    public ConferenceData createConference(CreateConferenceCommand command) {
        ConferenceData data = command.conference();
        if (data.edition() == null) {
            throw new InvalidValueException("edition", "edition is missing");
        }
        EditionNumber edition = EditionNumber.of(data.edition());
        Conference conference = Conference.plan(edition, DomainMapper.toDetails(data));
        return transactions.inTransaction(() -> {
            if (conferences.exists(edition)) {
                throw new ConflictException("edition " + edition, "edition " + edition
                        + " exists already; change it with an update instead");
            }
            conferences.add(conference);
            return DomainMapper.toData(edition.value(), conference.details(), 1L);
        });
    }

    @Override
    public ConferenceData updateConference(UpdateConferenceCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        ConferenceData data = command.conference();
        if (data.edition() != null && data.edition() != command.edition()) {
            throw new InvalidValueException("edition", "the body is about edition " + data.edition()
                    + " but the request is for edition " + command.edition() + "; an edition's number cannot change");
        }
        ConferenceDetails given = DomainMapper.toDetails(data);
        Long expected = command.expectedVersion() != null ? command.expectedVersion() : data.version();
        return transactions.inTransaction(() -> {
            Conference conference = load(edition);
            requireVersion(conference, expected);
            ConferenceDetails details = keepingHours(conference.details(), given);
            if (conference.details().equals(details)) {
                return DomainMapper.toData(edition.value(), details, conference.version());
            }
            conference.revise(details);
            long version = conferences.update(conference);
            return DomainMapper.toData(edition.value(), details, version);
        });
    }

    /**
     * The revised details with each day's hours kept: the conference data of the API and the datasets do not carry
     * them (a schedule import sets them, issue 21), so a revision that moves the title or a day's label must not
     * take a day's night away from its late sessions.
     */
    static ConferenceDetails keepingHours(ConferenceDetails stored, ConferenceDetails revised) {
        java.util.List<gr.etwinning.synedrio.domain.conference.ConferenceDay> days = revised.days().stream()
                .map(d -> d.ownHours().isPresent() ? d : new gr.etwinning.synedrio.domain.conference.ConferenceDay(
                        d.date(), d.label(), stored.hours(d.date()).orElse(null)))
                .toList();
        return new ConferenceDetails(revised.title(), revised.theme(), revised.startDate(), revised.endDate(),
                revised.mode(), revised.organiser(), revised.venue(), revised.timeZone(), days);
    }

    private Conference load(EditionNumber edition) {
        return conferences.find(edition).orElseThrow(() -> notFound(edition));
    }

    /** The edition as missing, in the words every use case uses. */
    public static NotFoundException notFound(EditionNumber edition) {
        return new NotFoundException("edition " + edition, "there is no edition " + edition);
    }

    /** Refuses a change based on a version the stored edition has moved on from. */
    public static void requireVersion(Conference conference, Long expected) {
        if (expected != null && expected != conference.version()) {
            throw new ConflictException("edition " + conference.edition(), "edition " + conference.edition()
                    + " is at version " + conference.version() + ", not " + expected
                    + ": somebody changed it meanwhile; read it again and reapply your change");
        }
    }
}
