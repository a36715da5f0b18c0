package org.waymark.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.waymark.model.Action;
import org.waymark.model.Milestone;
import org.waymark.model.Plan;
import org.waymark.model.Report;
import org.waymark.model.Status;
import org.waymark.model.Update;

/**
 * Where a plan stands on a date: each action's status from its latest report, made {@link Status#OVERDUE}
 * when one of its milestones is past its due date and not done; and, for each report round, what changed
 * since the round before. Package-private: pages and exports read it.
 */
final class Progress {
    /** A milestone as of the date: when it was done, if it was, and whether it is overdue. */
    record MilestoneState(Milestone milestone, Optional<LocalDate> doneOn, boolean overdue) {
        boolean done() {
            return doneOn.isPresent();
        }
    }

    /** One report's update of one action, for the action's history. */
    record Entry(Report report, Update update) {}

    /**
     * An action as of the date.
     *
     * @param shown what the site shows: the reported status, or {@link Status#OVERDUE}
     * @param reported the status the latest report gave, or {@link Status#NONE}
     * @param note the latest note, or ""
     * @param updated the date of the latest report that mentions the action
     * @param history the updates, newest first
     */
    record ActionState(Action action, Status shown, Status reported, String note, Optional<LocalDate> updated,
            List<MilestoneState> milestones, List<Entry> history) {
        ActionState {
            milestones = List.copyOf(milestones);
            history = List.copyOf(history);
        }
    }

    record StatusChange(Action action, Status from, Status to) {}

    record MilestoneDone(Action action, String milestone) {}

    record Note(Action action, String note) {}

    /** One report round and exactly what it changed since the round before. */
    record Round(Report report, Optional<Report> previous, List<StatusChange> changes, List<MilestoneDone> done, List<Note> notes) {
        Round {
            changes = List.copyOf(changes);
            done = List.copyOf(done);
            notes = List.copyOf(notes);
        }
    }

    private final Plan plan;
    private final LocalDate asOf;
    private final Map<String, ActionState> states;
    private final List<Round> rounds;

    private Progress(Plan plan, LocalDate asOf, Map<String, ActionState> states, List<Round> rounds) {
        this.plan = plan;
        this.asOf = asOf;
        this.states = states;
        this.rounds = List.copyOf(rounds);
    }

    /** The plan's progress judged on {@code asOf}, counting only the reports dated on or before it. */
    static Progress of(Plan plan, LocalDate asOf) {
        Map<String, Action> byRef = new LinkedHashMap<>();
        Map<String, Integer> order = new HashMap<>();
        plan.actions().forEach(a -> {
            order.put(a.ref(), order.size());
            byRef.put(a.ref(), a);
        });
        Comparator<Action> planOrder = Comparator.comparingInt(a -> order.get(a.ref()));
        Map<String, Status> status = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        Map<String, LocalDate> updated = new HashMap<>();
        Map<String, Map<String, LocalDate>> done = new HashMap<>();
        Map<String, List<Entry>> history = new HashMap<>();
        List<Round> rounds = new ArrayList<>();
        Report previous = null;
        for (Report report : plan.reports()) {
            if (report.date().isAfter(asOf)) continue;
            List<StatusChange> changes = new ArrayList<>();
            List<MilestoneDone> doneNow = new ArrayList<>();
            List<Note> newNotes = new ArrayList<>();
            for (Update u : report.updates()) {
                Action a = byRef.get(u.ref());
                if (a == null) continue;
                Status before = status.getOrDefault(a.ref(), Status.NONE);
                if (u.status().isPresent()) {
                    if (u.status().get() != before) changes.add(new StatusChange(a, before, u.status().get()));
                    status.put(a.ref(), u.status().get());
                }
                if (!u.note().isEmpty() && !u.note().equals(notes.get(a.ref()))) newNotes.add(new Note(a, u.note()));
                if (!u.note().isEmpty()) notes.put(a.ref(), u.note());
                Map<String, LocalDate> actionDone = done.computeIfAbsent(a.ref(), k -> new HashMap<>());
                for (String title : u.done()) {
                    if (actionDone.putIfAbsent(title, report.date()) == null) doneNow.add(new MilestoneDone(a, title));
                }
                updated.put(a.ref(), report.date());
                history.computeIfAbsent(a.ref(), k -> new ArrayList<>()).add(0, new Entry(report, u));
            }
            // milestones the plan itself records as done, in the time since the round before
            LocalDate after = previous == null ? LocalDate.MIN : previous.date();
            for (Action a : byRef.values()) {
                for (Milestone m : a.milestones()) {
                    if (m.done().isEmpty() || !m.done().get().isAfter(after) || m.done().get().isAfter(report.date())) continue;
                    Map<String, LocalDate> actionDone = done.computeIfAbsent(a.ref(), k -> new HashMap<>());
                    if (actionDone.putIfAbsent(m.title(), m.done().get()) == null) doneNow.add(new MilestoneDone(a, m.title()));
                }
            }
            changes.sort(Comparator.comparing(StatusChange::action, planOrder));
            doneNow.sort(Comparator.comparing(MilestoneDone::action, planOrder));
            newNotes.sort(Comparator.comparing(Note::action, planOrder));
            rounds.add(new Round(report, Optional.ofNullable(previous), changes, doneNow, newNotes));
            previous = report;
        }
        Map<String, ActionState> states = new LinkedHashMap<>();
        for (Action a : byRef.values()) {
            Map<String, LocalDate> actionDone = done.getOrDefault(a.ref(), Map.of());
            Status reported = status.getOrDefault(a.ref(), Status.NONE);
            List<MilestoneState> ms = new ArrayList<>();
            boolean late = false;
            for (Milestone m : a.milestones()) {
                Optional<LocalDate> doneOn = m.done().filter(d -> !d.isAfter(asOf));
                LocalDate reportedDone = actionDone.get(m.title());
                if (reportedDone != null && (doneOn.isEmpty() || reportedDone.isBefore(doneOn.get()))) doneOn = Optional.of(reportedDone);
                boolean overdue = doneOn.isEmpty() && m.due().isPresent() && m.due().get().date().isBefore(asOf);
                late |= overdue;
                ms.add(new MilestoneState(m, doneOn, overdue));
            }
            Status shown = late && reported != Status.COMPLETE ? Status.OVERDUE : reported;
            states.put(a.ref(), new ActionState(a, shown, reported, notes.getOrDefault(a.ref(), ""),
                    Optional.ofNullable(updated.get(a.ref())), ms, history.getOrDefault(a.ref(), List.of())));
        }
        return new Progress(plan, asOf, states, rounds);
    }

    Plan plan() {
        return plan;
    }

    LocalDate asOf() {
        return asOf;
    }

    ActionState of(Action action) {
        return states.get(action.ref());
    }

    /** The report rounds counted, oldest first. */
    List<Round> rounds() {
        return rounds;
    }

    /** How many of {@code actions} show each status, every status present (0 when none). */
    Map<Status, Integer> counts(Collection<Action> actions) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) counts.put(s, 0);
        for (Action a : actions) counts.merge(of(a).shown(), 1, Integer::sum);
        return counts;
    }

    /** The statuses worth a column: the five a report can give, overdue, and "no progress reported" when any action has none. */
    List<Status> columns() {
        Set<Status> shown = new HashSet<>();
        states.values().forEach(s -> shown.add(s.shown()));
        List<Status> out = new ArrayList<>();
        for (Status s : Status.values()) if (s != Status.NONE || shown.contains(s)) out.add(s);
        return out;
    }
}
