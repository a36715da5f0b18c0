package org.waymark.robustness;

/**
 * A small site with one file of every kind the content contract has, so that most mutations are tried on a
 * site that builds in a fraction of a second: pages with links, a table, a footnote and a phone link;
 * partners, a glossary, helplines; a refuge and a service with an address; a plan with a report round.
 */
final class Fixture {
    private Fixture() {}

    static final String SITE = """
            -- content/partners.yml --
            - id: north-police
              name: North Police
              short_name: Police
              type: police
              website: https://example.org/police
            - id: north-aid
              name: North Women's Aid
              type: charity
            -- content/glossary.yml --
            - term: MARAC
              expansion: Multi-Agency Risk Assessment Conference
              explanation: A regular local meeting where agencies talk about the victims at highest risk.
            - term: IDVA
              expansion: Independent Domestic Violence Advisor
            -- content/about/index.md --
            ---
            title: About the partnership
            description: Who we are.
            order: 2
            menu: true
            ---
            The partnership brings agencies together. Read about [our team](team.md).

            | agency | role |
            | --- | --- |
            | Police | safety |
            | North Women's Aid | refuge |
            -- content/about/team.md --
            ---
            title: Our team
            description: The people behind the partnership.
            tags: [team, people]
            ---
            ## Who we are

            The MARAC meets monthly.[^1] An IDVA can help: call [01632 960000](tel:01632960000).

            ## How to reach us

            See [what to do in an emergency](../get-help/emergency.md) and
            [staying safe online](../get-help/staying-safe-online.md).

            [^1]: Except in August.
            -- content/services/north-refuge.yml --
            name: North Refuge
            organisation: north-aid
            summary: Safe accommodation for women and children.
            description: |
              A safe place to stay.

              - support with housing;
              - support for children.
            categories: [refuge]
            areas: [north]
            for: [women, children]
            languages: [en, pl]
            referral: [self, professional]
            contact:
              phones:
                - number: "0808 157 0101"
                  label: 24-hour line
                  hours: 24 hours, every day
                  free: true
              email: refuge@example.org
              website: https://example.org/refuge
            address: confidential
            last_verified: 2026-10-01
            -- content/services/south-idva.yml --
            name: South IDVA service
            organisation: North Police
            summary: One-to-one support for anyone at high risk.
            categories: [advocacy]
            areas: [south]
            for: [women, men]
            contact:
              phones:
                - {number: "01632 960201", label: IDVA service, free: false}
              email: idva@example.org
            address: {street: "1 Example Street", town: Southtown, postcode: AB1 2CD}
            opening_hours:
              - {days: [mon, tue, wed, thu, fri], opens: "09:00", closes: "17:00"}
            last_verified: 2026-10-14
            how_to_refer: |
              Call us, or ask a professional to refer you.
            -- content/plans/p1/plan.yml --
            title: Action plan 2026-27
            period: {start: 2026-04, end: 2027-03}
            description: |
              The plan for the year.
            labels: {leads: Lead responsibility}
            themes:
              - id: "1"
                title: Data and information sharing
                objectives: ["Know the local picture."]
                actions:
                  - ref: "1.1"
                    title: Collect data from every agency
                    steps: ["Agree a data set", "Collect quarterly"]
                    leads: [north-police, Health services]
                    by: ["DA Co-ordinator"]
                    resources: "£2,475 from the partnership"
                    milestones:
                      - {title: Data set agreed, due: 2026-06}
                      - {title: First quarterly return, due: 2026-09-30}
                      - {title: Ongoing review}
                    outcomes: ["A clear local picture"]
                    measures: ["Agencies reporting"]
                    confidence: "Medium"
                    risks: "Officer time"
                  - ref: "1.2"
                    title: Share information on high-risk cases
                    leads: [north-aid]
                    milestones:
                      - {title: Protocol signed, due: 2026-12}
              - id: "2"
                title: Support
                actions:
                  - ref: "2.1"
                    title: Keep the refuge open
                    leads: [north-aid]
            -- content/plans/p1/reports/2026-06-30.yml --
            date: 2026-06-30
            title: Quarter 1 progress report
            summary: |
              A good start.
            updates:
              "1.1": {status: green, note: "Data set agreed in May.", done: ["Data set agreed"]}
              "1.2": {status: amber, note: "Protocol drafting has slipped."}
              "2.1": {note: "Funding confirmed."}
            """;
}
