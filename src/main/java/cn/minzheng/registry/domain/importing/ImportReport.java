package cn.minzheng.registry.domain.importing;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of one import: per-row errors (line number as Excel shows it, column, reason in
 * Chinese) and counts. Never holds an ID number or phone: its errors go into the run's record
 * (platform {@code JobRuns}), which staff read and export.
 *
 * @param alreadyImportedAt set when the same file (by SHA-256) was imported before: nothing changed
 */
public record ImportReport(
    String fileName,
    String mode,
    int rowsTotal,
    int imported,
    int alreadyRegistered,
    int householdsCreated,
    boolean committed,
    Instant alreadyImportedAt,
    List<RowError> errors)
    implements Serializable {

  public record RowError(int line, String column, String message) implements Serializable {}

  public boolean hasErrors() {
    return !errors.isEmpty();
  }
}
