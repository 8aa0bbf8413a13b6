package gr.etwinning.synedrio.domain.cfp;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who reviews what: each submission gets {@code perSubmission} reviewers of its level, never one who wrote it or
 * is from an author's school, and loads as even as the conflicts allow — most constrained submissions first, each
 * to the least loaded eligible reviewers (keywords in common breaking ties), then assignments not yet reviewed are
 * moved from the most to the least loaded reviewer while that narrows the spread. Assignments already made stay,
 * unless moved for balance before anything was written for them; a run over an assigned edition only fills gaps.
 */
public final class ReviewAssignment {

    /** A submission to be reviewed: its public number and content. */
    public record Candidate(int number, SubmissionContent content) {
    }

    /** A reviewer on a submission; {@code reviewed} when the review is written (it then never moves). */
    public record Pair(int number, String reviewer, boolean reviewed) {
    }

    /** A submission that could not get as many reviewers as asked: that many were eligible. */
    public record Shortfall(int number, int wanted, int eligible) {
    }

    /**
     * @param added   assignments to make
     * @param removed assignments to take back (moved to another reviewer for balance; none reviewed)
     * @param load    every reviewer's assignments after the plan, by token
     */
    public record Plan(List<Pair> added, List<Pair> removed, Map<String, Integer> load, List<Shortfall> shortfalls) {

        public int spread() {
            if (load.isEmpty()) {
                return 0;
            }
            return load.values().stream().max(Integer::compare).orElse(0)
                    - load.values().stream().min(Integer::compare).orElse(0);
        }
    }

    private ReviewAssignment() {
    }

    public static Plan plan(List<Candidate> submissions, List<Reviewer> reviewers, List<Pair> existing,
                            int perSubmission) {
        if (perSubmission < 1 || perSubmission > 10) {
            throw new InvalidValueException("per-submission", "reviewers per submission: 1 to 10");
        }
        if (reviewers.isEmpty()) {
            throw new InvalidValueException("reviewers", "there are no reviewers: create review tokens and "
                    + "describe them with 'synedrio review reviewer'");
        }
        Map<String, Reviewer> byToken = new LinkedHashMap<>();
        reviewers.forEach(r -> byToken.put(r.token(), r));
        Map<Integer, Candidate> byNumber = new TreeMap<>();
        submissions.forEach(c -> byNumber.put(c.number(), c));
        Map<String, Integer> load = new TreeMap<>();
        byToken.keySet().forEach(t -> load.put(t, 0));
        Map<Integer, Set<String>> on = new HashMap<>();
        Set<Pair> reviewed = new HashSet<>();
        for (Pair p : existing) {
            if (!byNumber.containsKey(p.number())) {
                continue;
            }
            on.computeIfAbsent(p.number(), n -> new HashSet<>()).add(p.reviewer());
            load.merge(p.reviewer(), 1, Integer::sum);
            if (p.reviewed()) {
                reviewed.add(new Pair(p.number(), p.reviewer(), false));
            }
        }
        Map<Integer, List<Reviewer>> eligible = new HashMap<>();
        for (Candidate c : byNumber.values()) {
            eligible.put(c.number(), reviewers.stream()
                    .filter(r -> r.levels().contains(c.content().level()))
                    .filter(r -> r.conflictWith(c.content()).isEmpty()).toList());
        }
        List<Candidate> order = new ArrayList<>(byNumber.values());
        order.sort(Comparator.comparingInt((Candidate c) -> eligible.get(c.number()).size())
                .thenComparingInt(Candidate::number));
        List<Pair> added = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Candidate c : order) {
            Set<String> already = on.computeIfAbsent(c.number(), n -> new HashSet<>());
            int need = perSubmission - already.size();
            List<Reviewer> pool = new ArrayList<>(eligible.get(c.number()).stream()
                    .filter(r -> !already.contains(r.token())).toList());
            pool.sort(Comparator.comparingInt((Reviewer r) -> load.get(r.token()))
                    .thenComparing(Comparator.comparingInt((Reviewer r) -> r.keywordMatches(c.content())).reversed())
                    .thenComparing(Reviewer::token));
            for (int i = 0; i < need && i < pool.size(); i++) {
                String t = pool.get(i).token();
                already.add(t);
                load.merge(t, 1, Integer::sum);
                added.add(new Pair(c.number(), t, false));
            }
            if (need > pool.size()) {
                shortfalls.add(new Shortfall(c.number(), perSubmission, eligible.get(c.number()).size()));
            }
        }
        List<Pair> removed = new ArrayList<>();
        rebalance(byNumber, eligible, on, reviewed, load, added, removed);
        shortfalls.sort(Comparator.comparingInt(Shortfall::number));
        return new Plan(List.copyOf(added), List.copyOf(removed), Map.copyOf(load), List.copyOf(shortfalls));
    }

    /** Moves unreviewed assignments from heavier to lighter reviewers while some pair differs by 2 or more. */
    private static void rebalance(Map<Integer, Candidate> byNumber, Map<Integer, List<Reviewer>> eligible,
                                  Map<Integer, Set<String>> on, Set<Pair> reviewed, Map<String, Integer> load,
                                  List<Pair> added, List<Pair> removed) {
        for (int guard = 0; guard < 100_000; guard++) {
            boolean moved = false;
            List<String> heavy = new ArrayList<>(load.keySet());
            heavy.sort(Comparator.comparingInt((String t) -> load.get(t)).reversed().thenComparing(t -> t));
            search:
            for (String from : heavy) {
                for (String to : reversed(heavy)) {
                    if (load.get(from) - load.get(to) < 2) {
                        break;
                    }
                    for (Candidate c : byNumber.values()) {
                        Set<String> current = on.get(c.number());
                        if (!current.contains(from) || current.contains(to)
                                || reviewed.contains(new Pair(c.number(), from, false))
                                || eligible.get(c.number()).stream().noneMatch(r -> r.token().equals(to))) {
                            continue;
                        }
                        current.remove(from);
                        current.add(to);
                        load.merge(from, -1, Integer::sum);
                        load.merge(to, 1, Integer::sum);
                        Pair out = new Pair(c.number(), from, false);
                        if (!added.remove(out)) {
                            removed.add(out);
                        }
                        Pair in = new Pair(c.number(), to, false);
                        if (!removed.remove(in)) {
                            added.add(in);
                        }
                        moved = true;
                        break search;
                    }
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static List<String> reversed(List<String> l) {
        List<String> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }
}
