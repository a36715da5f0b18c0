package org.waymark.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The header words of real plans (the seeds, and Lancashire's and Warwickshire's) and the fields they go to. */
class ColumnsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Priority|theme", "Key Intervention|title", "Lead Person/Agency & Partners|leads", "Progress Report|progress",
        "Aim|objectives", "Ownership|leads", "Activity|title", "Target/Date|milestones", "Partners|by", "Time-scale|milestones",
        "Lead responsibility|leads", "Performance / outcome measures|measures", "Confidence level|confidence", "Risks|risks",
        "1. Confidence level 2. Risks|confidence", "Timescale Plan|milestones", "Resources needed|resources", "By Whom|by",
        "Responsibility|leads", "Objective|title", "REF |ref", "RAG status|progress", "Status|progress", "Outcomes|outcomes"})
    void matchesTheHeadersRealPlansUseWhateverTheirCasePunctuationOrPlural(String header, String field) {
        Columns c = Columns.of(List.of(header), Map.of(), List.of());
        assertThat(c.field(0)).isEqualTo(field);
    }

    @Test
    void actionsBesideAnotherTitleColumnHoldTheStepsAndAnUnknownOrSecondColumnIsExtra() {
        Columns c = Columns.of(List.of("Priority", "Key Intervention", "Action(s)", "Notes", "Lead", "Owner"), Map.of(), List.of());
        assertThat(List.of(c.field(0), c.field(1), c.field(2), c.field(3), c.field(4), c.field(5)))
                .containsExactly("theme", "title", "steps", "extra", "leads", "extra");
    }

    @Test
    void aColumnWithoutAHeaderWhoseCellsAreNumbersHoldsTheRefs() {
        Table.Row row = new Table.Row(List.of("4. 4", "Explore a perpetrator programme"), 3, List.of("line 3"), false);
        Columns c = Columns.of(List.of("", "Objective"), Map.of(), List.of(row));
        assertThat(c.field(0)).isEqualTo("ref");
        assertThat(Mapping.tidyRef("4. 4")).isEqualTo("4.4");
    }
}
