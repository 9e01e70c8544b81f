package cn.minzheng.payments.domain;

import cn.minzheng.shared.CsvCell;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the bank file as CSV (UTF-8 with BOM, for Excel) or as streamed .xlsx (SXSSF). */
abstract class BankFileWriter implements AutoCloseable {

  abstract void row(String... cells);

  @Override
  public abstract void close() throws IOException;

  static BankFileWriter of(BankFileExport.Format format, OutputStream out) {
    return format == BankFileExport.Format.XLSX ? new Xlsx(out) : new Csv(out);
  }

  private static final class Csv extends BankFileWriter {
    private final BufferedWriter writer;

    Csv(OutputStream out) {
      writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      write("\uFEFF");
    }

    @Override
    void row(String... cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          line.append(',');
        }
        line.append(CsvCell.of(cells[i]));
      }
      write(line.append("\r\n").toString());
    }

    private void write(String s) {
      try {
        writer.write(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      writer.flush();
    }
  }

  private static final class Xlsx extends BankFileWriter {
    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet = workbook.createSheet("代发明细");
    private int next;

    Xlsx(OutputStream out) {
      this.out = out;
    }

    @Override
    void row(String... cells) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < cells.length; i++) {
        // Account numbers stay text: a number cell would round a 19-digit account.
        row.createCell(i).setCellValue(cells[i]);
      }
    }

    @Override
    public void close() throws IOException {
      workbook.write(out);
      workbook.close();
      out.flush();
    }
  }
}
