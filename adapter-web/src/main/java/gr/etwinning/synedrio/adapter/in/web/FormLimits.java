package gr.etwinning.synedrio.adapter.in.web;

/**
 * How many public form posts one client address may send: registrations (a bot must not register thousands of
 * addresses) and the other forms (bookings, cancellations, changes of details), each in a sliding window. A
 * school's teachers often share one address, so the registration limit leaves room for a staff room registering
 * together.
 */
public record FormLimits(int registrations, int otherPosts, long windowMillis) {

    public static final FormLimits DEFAULT = new FormLimits(20, 120, 10 * 60_000L);
}
