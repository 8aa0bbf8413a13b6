package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.seat.ListWorkshopsUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetBookingLimitUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetBookingLimitUseCase.SetBookingLimitCommand;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase.SetCapacityCommand;
import gr.etwinning.synedrio.application.port.in.seat.WorkshopSeatsData;

import java.util.List;

/** Workshop seats: counts for everybody (never who booked), capacities and the booking limit for operators. */
public final class SeatsController implements RouteContributor {

    /** An edition's workshops and how many each participant may book. */
    public record WorkshopsWebModel(int edition, int bookingLimit, List<WorkshopSeatsData> workshops) {
    }

    /** The body that sets a workshop's capacity. */
    public record CapacityWebModel(Integer capacity) {
    }

    /** The body that sets the edition's booking limit. */
    public record BookingLimitWebModel(Integer limit) {
    }

    private final ListWorkshopsUseCase list;
    private final SetCapacityUseCase capacity;
    private final SetBookingLimitUseCase limit;

    @Inject
    public SeatsController(ListWorkshopsUseCase list, SetCapacityUseCase capacity, SetBookingLimitUseCase limit) {
        this.list = list;
        this.capacity = capacity;
        this.limit = limit;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.get("/api/conferences/{edition}/workshops", Access.PUBLIC,
                ApiRoutes.Doc.of("The edition's workshops: capacity, seats booked and left, waiting-list length",
                        WorkshopsWebModel.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    json.write(ctx, 200, new WorkshopsWebModel(edition, list.bookingLimit(edition),
                            list.listWorkshops(edition)));
                });
        routes.put("/api/conferences/{edition}/workshops/{workshop}", Access.WRITE,
                ApiRoutes.Doc.of("Open a workshop for booking with a capacity, or change it (never below the seats"
                        + " booked; new seats go to the waiting list in order)", WorkshopSeatsData.class)
                        .taking(CapacityWebModel.class),
                ctx -> {
                    CapacityWebModel body = json.read(ctx, CapacityWebModel.class);
                    if (body.capacity() == null) {
                        throw ApiProblem.badRequest("capacity is missing: send {\"capacity\": 40}", "capacity");
                    }
                    json.write(ctx, 200, capacity.setCapacity(new SetCapacityCommand(Requests.edition(ctx),
                            ctx.pathParam("workshop"), body.capacity())));
                });
        routes.put("/api/conferences/{edition}/booking-limit", Access.WRITE,
                ApiRoutes.Doc.of("Set how many workshops one participant may book (waiting places included)",
                        BookingLimitWebModel.class).taking(BookingLimitWebModel.class),
                ctx -> {
                    BookingLimitWebModel body = json.read(ctx, BookingLimitWebModel.class);
                    if (body.limit() == null) {
                        throw ApiProblem.badRequest("limit is missing: send {\"limit\": 2}", "limit");
                    }
                    json.write(ctx, 200, new BookingLimitWebModel(limit.setBookingLimit(
                            new SetBookingLimitCommand(Requests.edition(ctx), body.limit()))));
                });
    }
}
