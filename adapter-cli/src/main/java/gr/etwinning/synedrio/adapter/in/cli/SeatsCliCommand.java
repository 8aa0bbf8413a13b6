package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.seat.ListWorkshopsUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetBookingLimitUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetBookingLimitUseCase.SetBookingLimitCommand;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase.SetCapacityCommand;
import gr.etwinning.synedrio.application.port.in.seat.WorkshopSeatsData;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code synedrio seats EDITION}: the workshops' seats; {@code seats set} and {@code seats limit} change them. */
@Command(name = "seats", mixinStandardHelpOptions = true,
        description = {"Workshop seats of an edition: capacity, booked, left, waiting.",
                "'seats set' opens a workshop with a capacity or changes it; 'seats limit' sets how many workshops "
                        + "one participant may book."},
        subcommands = {SeatsCliCommand.SetCliCommand.class, SeatsCliCommand.LimitCliCommand.class})
public final class SeatsCliCommand implements Callable<Integer> {

    private final Provider<ListWorkshopsUseCase> list;

    @Spec
    CommandSpec spec;

    // Optional for picocli only, so that 'seats set …' need not repeat it; 'seats' alone still needs it.
    @Parameters(paramLabel = "EDITION", arity = "0..1", description = "Edition number, e.g. 7")
    Integer edition;

    @Inject
    public SeatsCliCommand(Provider<ListWorkshopsUseCase> list) {
        this.list = list;
    }

    @Override
    public Integer call() {
        if (edition == null) {
            spec.commandLine().getErr().println("synedrio: Missing required parameter: 'EDITION'");
            spec.commandLine().getErr().println("Try 'synedrio seats --help' for usage.");
            return ExitCodes.USAGE;
        }
        List<WorkshopSeatsData> workshops = list.get().listWorkshops(edition);
        PrintWriter out = spec.commandLine().getOut();
        if (workshops.isEmpty()) {
            out.println("edition " + edition + " has no workshops in its programme");
            return ExitCodes.OK;
        }
        out.print(table(workshops));
        out.println("booking limit: " + list.get().bookingLimit(edition) + " workshop(s) per participant");
        return ExitCodes.OK;
    }

    static String table(List<WorkshopSeatsData> workshops) {
        StringBuilder out = new StringBuilder(String.format("%-20s  %-10s  %-11s  %8s  %6s  %5s  %7s  %s%n",
                "WORKSHOP", "DAY", "TIME", "CAPACITY", "BOOKED", "LEFT", "WAITING", "TITLE"));
        int capacity = 0;
        int booked = 0;
        int waiting = 0;
        for (WorkshopSeatsData w : workshops) {
            String time = w.start() == null ? "unknown" : w.start() + "–" + w.end();
            String title = w.title() == null ? "title unknown" : w.title();
            if (w.open()) {
                out.append(String.format("%-20s  %-10s  %-11s  %8d  %6d  %5d  %7d  %s%n", w.workshop(), w.day(), time,
                        w.capacity(), w.booked(), w.left(), w.waiting(), title));
                capacity += w.capacity();
                booked += w.booked();
                waiting += w.waiting();
            } else {
                out.append(String.format("%-20s  %-10s  %-11s  %8s  %6s  %5s  %7s  %s%n", w.workshop(), w.day(), time,
                        "not open", "-", "-", "-", title));
            }
        }
        out.append(String.format("%-20s  %-10s  %-11s  %8d  %6d  %5d  %7d%n", "total", "", "", capacity, booked,
                capacity - booked, waiting));
        return out.toString();
    }

    /** {@code synedrio seats set EDITION WORKSHOP CAPACITY}. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Open a workshop for booking with a capacity, or change it.",
                    "Never below the seats already booked; new seats go to the waiting list, first come first "
                            + "served."})
    public static final class SetCliCommand implements Callable<Integer> {

        private final Provider<SetCapacityUseCase> capacity;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Parameters(index = "1", paramLabel = "WORKSHOP", description = "The workshop's id, e.g. d2-workshop-01")
        String workshop;

        @Parameters(index = "2", paramLabel = "CAPACITY", description = "Seats, 0 to 100000")
        int seats;

        @Inject
        public SetCliCommand(Provider<SetCapacityUseCase> capacity) {
            this.capacity = capacity;
        }

        @Override
        public Integer call() {
            WorkshopSeatsData w = capacity.get().setCapacity(new SetCapacityCommand(edition, workshop, seats));
            spec.commandLine().getOut().println("workshop '" + w.workshop() + "': capacity " + w.capacity() + ", "
                    + w.booked() + " booked, " + w.left() + " left, " + w.waiting() + " waiting");
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio seats limit EDITION N}. */
    @Command(name = "limit", mixinStandardHelpOptions = true,
            description = "Set how many workshops one participant may book in the edition (waiting places count).")
    public static final class LimitCliCommand implements Callable<Integer> {

        private final Provider<SetBookingLimitUseCase> limit;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Parameters(index = "1", paramLabel = "N", description = "1 to 50")
        int workshops;

        @Inject
        public LimitCliCommand(Provider<SetBookingLimitUseCase> limit) {
            this.limit = limit;
        }

        @Override
        public Integer call() {
            int set = limit.get().setBookingLimit(new SetBookingLimitCommand(edition, workshops));
            spec.commandLine().getOut().println("edition " + edition + ": each participant may book " + set
                    + " workshop" + (set == 1 ? "" : "s"));
            return ExitCodes.OK;
        }
    }
}
