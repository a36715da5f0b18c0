package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell of the directory's CSV is never run as a formula by the spreadsheet that opens it. */
class CsvInjectionTest {
    @Test
    void cellsThatAStartFormulaAreMadeText() {
        assertThat(CsvExport.inert("=HYPERLINK(\"https://example.com\",\"Call\")")).startsWith("'=");
        assertThat(CsvExport.inert("+44 1632 960000")).isEqualTo("'+44 1632 960000");
        assertThat(CsvExport.inert("-1")).isEqualTo("'-1");
        assertThat(CsvExport.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void ordinaryCellsAreLeftAsTheyAre() {
        assertThat(CsvExport.inert("0808 157 0101")).isEqualTo("0808 157 0101");
        assertThat(CsvExport.inert("Bedford Women's Refuge")).isEqualTo("Bedford Women's Refuge");
        assertThat(CsvExport.inert("")).isEmpty();
    }
}
