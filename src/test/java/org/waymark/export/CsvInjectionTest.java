package org.waymark.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell of the directory's CSV is never run as a formula by the spreadsheet that opens it. */
class CsvInjectionTest {
    @Test
    void cellsThatAStartFormulaAreMadeText() {
        assertThat(ServicesCsv.inert("=HYPERLINK(\"https://example.com\",\"Call\")")).startsWith("'=");
        assertThat(ServicesCsv.inert("+44 1632 960000")).isEqualTo("'+44 1632 960000");
        assertThat(ServicesCsv.inert("-1")).isEqualTo("'-1");
        assertThat(ServicesCsv.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void ordinaryCellsAreLeftAsTheyAre() {
        assertThat(ServicesCsv.inert("0808 157 0101")).isEqualTo("0808 157 0101");
        assertThat(ServicesCsv.inert("Bedford Women's Refuge")).isEqualTo("Bedford Women's Refuge");
        assertThat(ServicesCsv.inert("")).isEmpty();
    }
}
