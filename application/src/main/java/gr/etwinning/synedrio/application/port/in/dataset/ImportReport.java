package gr.etwinning.synedrio.application.port.in.dataset;

import java.util.List;

/** What an import did, item by item: each is created, updated or unchanged. */
public record ImportReport(List<Entry> entries) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Entry(String item, Outcome outcome) {
    }

    public ImportReport {
        entries = List.copyOf(entries);
    }

    public long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).count();
    }

    public boolean changedAnything() {
        return entries.stream().anyMatch(e -> e.outcome() != Outcome.UNCHANGED);
    }
}
