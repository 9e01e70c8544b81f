package cn.minzheng.children.care;

import cn.minzheng.children.care.PupilRowCheck.StagedPupil;
import cn.minzheng.platform.ChunkedCopy;
import javax.sql.DataSource;

/**
 * COPYs a school file's checked rows into {@code children.screening_staging}, one COPY per file.
 */
final class PupilStaging implements AutoCloseable {

  private static final String COPY =
      "copy children.screening_staging (import_id, line, id_idx, masked_id, school_no, name, grade,"
          + " myopia, caries, mental, scoliosis, error_field, error_reason) from stdin with (format"
          + " csv)";

  private final ChunkedCopy copy;
  private final long importId;

  PupilStaging(DataSource dataSource, long importId) {
    this.copy = new ChunkedCopy(dataSource, COPY, "screening rows");
    this.importId = importId;
  }

  void add(StagedPupil row) {
    StringBuilder line = copy.row();
    line.append(importId).append(',').append(row.line).append(',');
    line.append(ChunkedCopy.bytes(row.idIndex));
    line.append(',').append(ChunkedCopy.quoted(row.maskedId));
    line.append(',').append(ChunkedCopy.quoted(row.schoolNo));
    line.append(',').append(ChunkedCopy.quoted(row.name));
    line.append(',').append(ChunkedCopy.quoted(row.grade));
    for (Boolean result : row.results) {
      line.append(',').append(result == null ? "" : result ? "t" : "f");
    }
    line.append(',').append(ChunkedCopy.quoted(row.errorField));
    line.append(',').append(ChunkedCopy.quoted(row.errorReason)).append('\n');
    copy.rowDone();
  }

  int rows() {
    return copy.rows();
  }

  void finish() {
    copy.finish();
  }

  @Override
  public void close() {
    copy.close();
  }
}
