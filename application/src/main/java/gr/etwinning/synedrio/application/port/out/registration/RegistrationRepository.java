package gr.etwinning.synedrio.application.port.out.registration;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.registration.Registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where registrations are kept. The {@code lock…} methods read the row for update: the caller's transaction holds
 * it until it ends, so one participant's concurrent requests take turns.
 */
public interface RegistrationRepository {

    /** The registration of that code, locked for the rest of the transaction. */
    Optional<Registration> lockByCode(ConfirmationCode code);

    /** Who holds a confirmation code, as far as booking a workshop needs to know: the registration's id and edition. */
    record Participant(long id, EditionNumber edition) {
    }

    /**
     * The participant of that code, their registration locked for the rest of the transaction like
     * {@link #lockByCode}, without reading their personal details: the first step of every workshop booking.
     */
    Optional<Participant> lockParticipant(ConfirmationCode code);

    /** The registration of that e-mail address (compared by its key) in that edition, locked. */
    Optional<Registration> lockByEmail(EditionNumber edition, EmailAddress email);

    /**
     * The edition's registrations of those e-mail address keys ({@code EmailAddress.key()}), locked: one look-up for
     * a batch of an import's rows.
     */
    default List<Registration> lockByEmailKeys(EditionNumber edition, java.util.Collection<String> keys) {
        List<Registration> found = new java.util.ArrayList<>();
        for (String key : keys) {
            lockAllByEmailKey(key).stream().filter(r -> r.edition().equals(edition)).forEach(found::add);
        }
        return found;
    }

    /**
     * Stores many new registrations at once (an import's batch), without giving their ids back, each owed its
     * confirmation mail by the mail job {@code mailJob} ({@link gr.etwinning.synedrio.application.port.out.mail.MailJobs}).
     */
    void addAll(List<Registration> registrations, long mailJob);

    /**
     * Stores the new registrations an iterator gives, as they come, each owed its confirmation mail by
     * {@code mailJob}: an import into an edition with no registration yet, which looks nothing up between its
     * batches. On MariaDB these are streams into the table (statements of up to 10,000 rows), read by the database
     * while the iterator's producer checks the next rows. The iterator must not throw (a producer that fails ends
     * the rows and tells its caller).
     * It may answer {@code hasNext() == false} and then true again when asked again: a pause of its producer, which
     * ends the statement in progress; the rows end when it answers false twice in a row.
     */
    default void addStreamed(java.util.Iterator<Registration> registrations, long mailJob) {
        List<Registration> batch = new java.util.ArrayList<>();
        while (registrations.hasNext() || registrations.hasNext()) { // a pause answers false once
            batch.add(registrations.next());
            if (batch.size() == 1000) {
                addAll(batch, mailJob);
                batch = new java.util.ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            addAll(batch, mailJob);
        }
    }

    /**
     * The registrations of mail job {@code mailJob} with ids above {@code afterId} (and at most {@code lastId} when
     * it is not null), not erased, in order of id: at most {@code limit} of them.
     */
    List<Registration> owedMail(long mailJob, long afterId, Long lastId, int limit);

    /** The highest registration id of the edition now visible (0 if none): the bound of an import's mail job. */
    long lastId(EditionNumber edition);

    /** Every edition's registration of that e-mail address key, locked. */
    private List<Registration> lockAllByEmailKey(String key) {
        return lockAllByEmail(new EmailAddress(key));
    }

    /** Every edition's registration of that e-mail address, locked. */
    List<Registration> lockAllByEmail(EmailAddress email);

    /** The registration of that code, without a lock. */
    Optional<Registration> findByCode(ConfirmationCode code);

    /**
     * Stores a new registration and returns it with its id. If another transaction stored the same e-mail address
     * for the edition meanwhile, the adapter makes the whole transaction run again (it then finds that one).
     */
    Registration add(Registration registration);

    /** Stores changed details; a {@link gr.etwinning.synedrio.application.ConflictException} if the new e-mail
     *  address is another participant's. */
    void update(Registration registration);

    /** A registration with the workshops it holds a seat in and waits for, in the order it booked them. */
    record Exported(Registration registration, List<String> confirmed, List<String> waiting) {
    }

    /**
     * The edition's registrations (not the erased ones), in order of registration, with their bookings, one at a
     * time from a cursor (an export of a million is never all in memory). In a transaction.
     */
    void forEachExported(EditionNumber edition, java.util.function.Consumer<Exported> each);

    /** The edition's registrations (not the erased ones), in order of registration. */
    List<Registration> listAll(EditionNumber edition);

    /** How many registrations the edition has, erased ones included: the count reports need. */
    int count(EditionNumber edition);

    /**
     * Removes every personal datum of the registration — name, e-mail, school, specialty and its code — keeping
     * the row, its education level and its times so that counts stay right.
     */
    void erase(long registrationId, Instant at);
}
