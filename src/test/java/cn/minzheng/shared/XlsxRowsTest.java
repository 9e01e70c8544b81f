package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlsxRowsTest {

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas"
          + ".openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  private static final String TAIL = "</sheetData></worksheet>";

  @Test
  void aCellIsPlacedAtItsColumnWithTheGapsFilled() throws IOException {
    List<List<String>> rows =
        read(
            "<row r=\"3\"><c r=\"A3\" t=\"str\"><v>甲</v></c><c r=\"AB3\" t=\"str\"><v>乙</v></c></row>");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).hasSize(28); // AB is the 28th column
    assertThat(rows.get(0).get(0)).isEqualTo("甲");
    assertThat(rows.get(0).get(27)).isEqualTo("乙");
  }

  @Test
  void theLastColumnXfdIsReadAndOneBeyondIsRefused() throws IOException {
    assertThat(read("<row r=\"1\"><c r=\"XFD1\" t=\"str\"><v>末</v></c></row>").get(0))
        .hasSize(16_384);
    assertThatThrownBy(() -> read("<row r=\"1\"><c r=\"XFE1\" t=\"str\"><v>x</v></c></row>"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aReferenceFarBeyondTheSheetIsRefusedInsteadOfFillingMemory() {
    assertThatThrownBy(() -> read("<row r=\"1\"><c r=\"ZZZZZZZ1\" t=\"str\"><v>x</v></c></row>"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a readable Excel workbook");
    assertThatThrownBy(() -> read("<row r=\"1\"><c r=\"zz1\" t=\"str\"><v>x</v></c></row>"))
        .isInstanceOf(IOException.class);
  }

  private static List<List<String>> read(String rowsXml) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    XlsxRows.forEach(
        new ByteArrayInputStream(XlsxRowsFuzzTest.withSheet(HEAD + rowsXml + TAIL)),
        (line, cells) -> rows.add(cells));
    return rows;
  }
}
