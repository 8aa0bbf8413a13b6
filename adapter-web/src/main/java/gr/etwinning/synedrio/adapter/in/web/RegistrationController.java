package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.registration.BookingData;
import gr.etwinning.synedrio.application.port.in.registration.GetRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ListRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase.RegisterCommand;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationData;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationView;
import gr.etwinning.synedrio.application.port.in.registration.UpdateRegistrationUseCase;
import gr.etwinning.synedrio.application.port.in.registration.UpdateRegistrationUseCase.UpdateRegistrationCommand;
import gr.etwinning.synedrio.application.port.in.seat.BookWorkshopUseCase;
import gr.etwinning.synedrio.application.port.in.seat.BookWorkshopUseCase.BookWorkshopCommand;
import gr.etwinning.synedrio.application.port.in.seat.CancelBookingUseCase;
import gr.etwinning.synedrio.application.port.in.seat.CancelBookingUseCase.CancelBookingCommand;

/**
 * Registrations: anybody registers for an edition and is mailed a confirmation code; the code reads and changes the
 * registration and books or cancels workshops, without an account. Operators list registrations with a token.
 */
public final class RegistrationController implements RouteContributor {

    /**
     * The answer to a registration: the same whether the address was new or known, so that it tells nobody who is
     * registered; the code goes by mail.
     */
    public record RegistrationReceipt(int edition, String confirmationCode, String detail) {
    }

    private final RegisterUseCase register;
    private final GetRegistrationUseCase get;
    private final UpdateRegistrationUseCase update;
    private final ListRegistrationsUseCase list;
    private final BookWorkshopUseCase book;
    private final CancelBookingUseCase cancel;

    @Inject
    public RegistrationController(RegisterUseCase register, GetRegistrationUseCase get,
                                  UpdateRegistrationUseCase update, ListRegistrationsUseCase list,
                                  BookWorkshopUseCase book, CancelBookingUseCase cancel) {
        this.register = register;
        this.get = get;
        this.update = update;
        this.list = list;
        this.book = book;
        this.cancel = cancel;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.post("/api/conferences/{edition}/registrations", Access.PUBLIC,
                ApiRoutes.Doc.of("Register for an edition (consent required). The confirmation code is mailed to "
                        + "the address, never answered; the same e-mail address again changes nothing and mails "
                        + "the code to it, with which the details are changed (PUT /api/registrations/{code}). "
                        + "The answer is the same either way", RegistrationReceipt.class)
                        .taking(RegistrationData.class).answering(202),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    register.register(new RegisterCommand(edition, json.read(ctx, RegistrationData.class)));
                    json.write(ctx, 202, new RegistrationReceipt(edition, "mailed",
                            "Ο κωδικός επιβεβαίωσης θα σταλεί στη διεύθυνση ηλεκτρονικού ταχυδρομείου που δώσατε. "
                                    + "Αν ήσασταν ήδη εγγεγραμμένοι, δεν άλλαξε τίποτα: αλλάζετε τα στοιχεία σας με "
                                    + "τον κωδικό. / The confirmation code will be mailed to the address given; "
                                    + "a known address keeps its registration unchanged until it is changed with "
                                    + "the code."));
                });
        routes.get("/api/conferences/{edition}/registrations", Access.READ,
                ApiRoutes.Doc.listOf("Every registration of the edition with its bookings (personal data: "
                        + "operators only)", RegistrationView.class),
                ctx -> json.write(ctx, 200, list.listRegistrations(Requests.edition(ctx))));
        routes.get("/api/registrations/{code}", Access.PUBLIC,
                ApiRoutes.Doc.of("Your registration and bookings, by your confirmation code", RegistrationView.class),
                ctx -> json.write(ctx, 200, get.getRegistration(ctx.pathParam("code"))));
        routes.put("/api/registrations/{code}", Access.PUBLIC,
                ApiRoutes.Doc.of("Change your registration, by your confirmation code", RegistrationView.class)
                        .taking(RegistrationData.class),
                ctx -> json.write(ctx, 200, update.updateRegistration(new UpdateRegistrationCommand(
                        ctx.pathParam("code"), json.read(ctx, RegistrationData.class)))));
        // The booking rush's route: tried first among the POST routes.
        routes.postFirst("/api/registrations/{code}/bookings/{workshop}", Access.PUBLIC,
                ApiRoutes.Doc.of("Book a workshop: a seat if one is free, else a place on its waiting list; "
                        + "booking it again answers the booking held (200)", BookingData.class).answering(201),
                ctx -> {
                    BookWorkshopUseCase.Booked b = book.book(new BookWorkshopCommand(ctx.pathParam("code"),
                            ctx.pathParam("workshop")));
                    json.write(ctx, b.created() ? 201 : 200, b.booking());
                });
        routes.delete("/api/registrations/{code}/bookings/{workshop}", Access.PUBLIC,
                ApiRoutes.Doc.of("Cancel a booking; a freed seat goes to the first on the waiting list",
                        CancelBookingUseCase.Cancelled.class),
                ctx -> json.write(ctx, 200, cancel.cancel(new CancelBookingCommand(ctx.pathParam("code"),
                        ctx.pathParam("workshop")))));
    }
}
