package gr.etwinning.synedrio.adapter.in.web;

import java.util.List;

/**
 * What the public programme page shows, already worded in Greek; the template only lays it out (and escapes every
 * value, as jte does for HTML).
 */
public record PageWebModel(String title, String theme, String dates, String mode, String organiser, int edition,
                           List<Day> days, List<Edition> editions, List<Link> exports) {

    /** A conference day: {@code id} is its anchor ("d2021-11-20"). */
    public record Day(String id, String heading, String label, List<Session> sessions) {
    }

    public record Session(String id, String title, String kind, String time, boolean timeKnown, String room,
                          String level, List<String> chairs, String notes, List<Contribution> contributions,
                          String untitledSummary) {
    }

    public record Contribution(String id, String title, boolean titleKnown, String kind, String speakers,
                               String subject, String time) {
    }

    public record Edition(int edition, String title, boolean current) {
    }

    public record Link(String label, String href) {
    }
}
