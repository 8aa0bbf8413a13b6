package gr.etwinning.synedrio.domain.contest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every awarded school unit's prize and what to procure in total, per item. */
public record PrizeAllocation(List<SchoolPrize> schools) {

    public PrizeAllocation {
        schools = List.copyOf(schools);
    }

    /** Item → total quantity, in the order the items first appear. */
    public Map<String, Integer> totals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (SchoolPrize s : schools) {
            s.knownRule().ifPresent(r -> totals.merge(r.item(), r.quantity(), Integer::sum));
        }
        return totals;
    }

    /** Item → how many schools receive it. */
    public Map<String, Integer> schoolCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SchoolPrize s : schools) {
            s.knownRule().ifPresent(r -> counts.merge(r.item(), 1, Integer::sum));
        }
        return counts;
    }

    public List<SchoolPrize> undecided() {
        return schools.stream().filter(s -> s.rule() == null).toList();
    }
}
