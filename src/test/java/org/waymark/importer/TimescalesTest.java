package org.waymark.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimescalesTest {
    @ParameterizedTest(name = "{0} is due {1}")
    @CsvSource(delimiter = '|', value = {
        "July 2009|2009-07",
        "Jul 2009|2009-07",
        "Sept 2009|2009-09",
        "March 2010|2010-03",
        "1st July 2009|2009-07-01",
        "22nd of March 2010|2010-03-22",
        "3 June 2009|2009-06-03",
        "2009-07|2009-07",
        "2010-03-31|2010-03-31",
        "31/03/2010|2010-03-31",
        "31/03/10|2010-03-31",
        "31.03.2010|2010-03-31",
        "03/2010|2010-03",
        "Review done by March 2010|2010-03",
        "April 2009 – March 2010|2010-03",
        "End of December '09|2009-12",
        "July 1, 2009|2009-07-01",
        "Apr 2008|2008-04",
        "by April 2006|2006-04",
        "Sept 2008 onwards|2008-09",
        "1 Apr 08 ongoing|2008-04",
        "1 st Sept 2009|2009-09",
    })
    void readsTheTimescalesSpreadsheetsUse(String written, String due) {
        assertThat(Timescales.due(written)).contains(due);
    }

    @Test
    void aMonthWithANumberThatIsNoYearIsADateThatCannotBeRead() {
        assertThat(Timescales.due("Oct 208")).isEmpty();
        assertThat(Timescales.looksLikeDate("Oct 208")).isTrue();
        assertThat(Timescales.looksLikeDate("Ongoing")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ongoing", "On-going", "TBC", "Date to be determined", "Quarterly", "31/02/2010", "13/2010", ""})
    void givesNoDueDateWhereThereIsNone(String written) {
        assertThat(Timescales.due(written)).isEmpty();
    }

    @Test
    void readsBackThePlanExportsOwnMilestoneCells() {
        assertThat(Timescales.milestone("Review of the Modus system (due 2009-09; done 2009-09-30)"))
                .isEqualTo(new Timescales.Milestone("Review of the Modus system", Optional.of("2009-09")));
        assertThat(Timescales.milestone("Training strategy developed (due 2009-09-01; overdue)"))
                .isEqualTo(new Timescales.Milestone("Training strategy developed", Optional.of("2009-09-01")));
        assertThat(Timescales.milestone("Forum meetings held (ongoing)"))
                .isEqualTo(new Timescales.Milestone("Forum meetings held (ongoing)", Optional.empty()));
    }

    @Test
    void keepsAParenthesisThatIsPartOfTheTitle() {
        assertThat(Timescales.milestone("New refuge opened (due to funding)").title()).isEqualTo("New refuge opened (due to funding)");
    }

    @Test
    void keepsTheWordsOfAMilestoneWithADateInIt() {
        assertThat(Timescales.milestone("Review of refuge provision – March 2010"))
                .isEqualTo(new Timescales.Milestone("Review of refuge provision – March 2010", Optional.of("2010-03")));
    }
}
