package org.waymark.plans;

import java.time.LocalDate;

/** Small plans for the tests, written as inline fixture files. */
final class PlanFixtures {
    private PlanFixtures() {}

    /** The date the fixtures are judged on: after both report rounds of {@link #TWO_ROUNDS}. */
    static final LocalDate AS_OF = LocalDate.of(2024, 10, 15);

    /**
     * A plan with two themes, three actions and two report rounds. As of {@link #AS_OF}: 1.1 is reported
     * green but its first milestone (due June 2024) is not done, so it is overdue; 1.2 went amber → red and
     * its milestone was reported done; 2.1 has an undated milestone and went from no status to green.
     */
    static final String TWO_ROUNDS = """
            -- content/plans/2024-25/plan.yml --
            title: Test action plan 2024-25
            period: {start: 2024-04, end: 2025-03}
            description: |
              The plan's introduction, with a link to [the home page](/).
            labels: {leads: Responsibility, milestones: Timescale, title: What we will do}
            themes:
              - id: "1"
                title: Safety
                objectives: ["Everyone has somewhere safe to go"]
                actions:
                  - ref: "1.1"
                    title: Open a refuge
                    leads: [council]
                    milestones:
                      - {title: Building bought, due: 2024-06}
                      - {title: Refuge open, due: 2025-03-31}
                  - ref: "1.2"
                    title: Train officers
                    leads: [police, Housing Options Team]
                    by: [Training lead]
                    milestones:
                      - {title: Training designed, due: 2024-09}
              - id: "2"
                title: Justice
                actions:
                  - ref: "2.1"
                    title: Run a specialist court
                    leads: [police]
                    milestones:
                      - {title: Court sitting}
            -- content/plans/2024-25/reports/2024-06-30.yml --
            date: 2024-06-30
            title: Quarter 1 report
            summary: |
              A **good** first quarter.
            updates:
              "1.1": {status: green, note: "Building purchase agreed."}
              "1.2": {status: amber, note: "Trainer recruitment is slow?"}
              "2.1": {note: "Court dates being set."}
            -- content/plans/2024-25/reports/2024-09-30.yml --
            date: 2024-09-30
            title: Quarter 2 report
            updates:
              "1.1": {status: green, note: "Building purchase agreed."}
              "1.2": {status: red, note: "Trainer left; course postponed.", done: ["Training designed"]}
              "2.1": {status: green, note: "Court dates being set."}
            """;

    /** A second, smaller plan with one report round, so that feeds and indexes have more than one plan. */
    static final String SECOND_PLAN = """
            -- content/plans/2023-24/plan.yml --
            title: Older action plan 2023-24
            period: {start: 2023-04, end: 2024-03}
            themes:
              - title: Prevention
                actions:
                  - {ref: A, title: Schools programme, leads: [council]}
                  - {ref: B, title: Awareness campaign}
            -- content/plans/2023-24/reports/2024-03-31.yml --
            date: 2024-03-31
            updates:
              A: {status: complete}
              B: {status: not-started, note: "Deferred to next year"}
            """;
}
