package cn.minzheng.registry.domain.importing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code registry.import_batch}: one row per imported file, keyed by its SHA-256. */
@Repository
class ImportBatchStore {

  private final JdbcClient jdbc;

  ImportBatchStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Instant> importedAt(byte[] sha256) {
    return jdbc.sql("select imported_at from registry.import_batch where file_sha256 = ?")
        .param(sha256)
        .query(OffsetDateTime.class)
        .optional()
        .map(OffsetDateTime::toInstant);
  }

  long insert(
      byte[] sha256,
      String fileName,
      ImportMode mode,
      int total,
      int imported,
      int rejected,
      String by) {
    return jdbc.sql(
            """
            insert into registry.import_batch (file_sha256, file_name, mode, rows_total,
              rows_imported, rows_rejected, imported_by)
            values (?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(sha256, fileName, mode.name(), total, imported, rejected, by)
        .query(Long.class)
        .single();
  }
}
