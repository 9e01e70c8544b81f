package cn.minzheng.children.care;

import cn.minzheng.children.care.CareProgramme.Round;
import cn.minzheng.children.care.CareProgramme.School;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.shared.XlsxRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a school's screening file for a round: rows are checked and COPYed into staging as they
 * stream in, then duplicates, the error report, matching against the registry by blind index and
 * the special-group flag are set-based, all in one transaction. A file with any refused row imports
 * no pupil (its error report is kept); the same file twice (SHA-256) answers the first import; a
 * school has one imported file per round.
 */
@Service
public class ScreeningImports {

  /** Files from this size on are analysed before matching (as the feed import does). */
  static final int ANALYSED_FROM = 20_000;

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final DataSource dataSource;
  private final FieldCipher cipher;
  private final TransactionTemplate tx;
  private final AuditLog audit;

  ScreeningImports(
      JdbcClient jdbc,
      DataSource dataSource,
      FieldCipher cipher,
      PlatformTransactionManager transactions,
      AuditLog audit,
      DataScope scope) {
    this.scope = scope;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.cipher = cipher;
    this.tx = new TransactionTemplate(transactions);
    this.audit = audit;
  }

  /** The rows of an uploaded file, header included (line 1). */
  @FunctionalInterface
  public interface Rows {
    void forEach(XlsxRows.Sink sink) throws IOException;
  }

  public record ScreeningImport(
      long id,
      long roundId,
      long schoolId,
      String schoolName,
      String regionCode,
      String fileName,
      String state,
      int rowsTotal,
      int rowsRejected,
      int rowsMatched,
      int rowsPositive,
      LocalDate importedOn,
      String importedBy,
      OffsetDateTime importedAt) {

    public boolean imported() {
      return "IMPORTED".equals(state);
    }

    public String stateLabel() {
      return imported() ? "已导入" : "未导入（有错误行）";
    }
  }

  /** {@code repeated}: the same file was imported before; nothing changed. */
  public record Result(ScreeningImport batch, boolean repeated) {}

  public record RowError(int line, String field, String reason) {}

  private static final String COLUMNS =
      """
      select i.id, i.round_id, i.school_id, s.name as school_name, s.region_code, i.file_name,
             i.state, i.rows_total, i.rows_rejected, i.rows_matched, i.rows_positive, i.imported_on,
             i.imported_by, i.imported_at
        from children.screening_import i join children.school s on s.id = i.school_id
      """;

  public Result importFile(
      Round round,
      School school,
      String fileName,
      byte[] sha256,
      Rows rows,
      String user,
      LocalDate today) {
    Optional<ScreeningImport> same = sameFile(round.id(), sha256);
    if (same.isPresent()) {
      return repeated(same.get());
    }
    requireNoImportYet(round, school);
    try {
      long id = tx.execute(status -> load(round, school, fileName, sha256, rows, user, today));
      ScreeningImport batch = find(id).orElseThrow();
      audit.record(
          AuditEvent.success(
              "children.care.import",
              "children-screening-import",
              String.valueOf(id),
              school.code()
                  + " rows "
                  + batch.rowsTotal()
                  + ", rejected "
                  + batch.rowsRejected()
                  + ", matched "
                  + batch.rowsMatched()
                  + ", positive "
                  + batch.rowsPositive()));
      return new Result(batch, false);
    } catch (DuplicateKeyException e) {
      // the same file or the same school's file arrived at the same moment: the first one answers
      Optional<ScreeningImport> first = sameFile(round.id(), sha256);
      if (first.isPresent()) {
        return repeated(first.get());
      }
      requireNoImportYet(round, school);
      throw e;
    }
  }

  public Optional<ScreeningImport> find(long id) {
    return jdbc.sql(COLUMNS + " where i.id = ?").param(id).query(ScreeningImport.class).optional();
  }

  public ScreeningImport get(long id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException("screening import " + id));
  }

  /** The latest imports of a round inside the scope. */
  public List<ScreeningImport> recent(long roundId, String[] codes, int limit) {
    return jdbc.sql(
            COLUMNS
                + " where i.round_id = :round and (:all or s.region_code = any(:codes))"
                + " order by i.id desc limit :limit")
        .param("round", roundId)
        .param("all", codes == null)
        .param("codes", codes == null ? new String[0] : codes)
        .param("limit", limit)
        .query(ScreeningImport.class)
        .list();
  }

  public List<RowError> errors(long importId, int limit) {
    return jdbc.sql(
            "select line, field, reason from children.screening_error where import_id = ?"
                + " order by line limit ?")
        .params(importId, limit)
        .query(RowError.class)
        .list();
  }

  private Optional<ScreeningImport> sameFile(long roundId, byte[] sha256) {
    return jdbc.sql(COLUMNS + " where i.round_id = ? and i.content_sha256 = ?")
        .params(roundId, sha256)
        .query(ScreeningImport.class)
        .optional();
  }

  private void requireNoImportYet(Round round, School school) {
    jdbc.sql(
            "select id from children.screening_import where round_id = ? and school_id = ?"
                + " and state = 'IMPORTED'")
        .params(round.id(), school.id())
        .query(Long.class)
        .optional()
        .ifPresent(
            earlier -> {
              throw new InvalidInput("file", "该校本轮筛查已导入（批次" + earlier + "），同一学校每轮只导入一份文件");
            });
  }

  private Result repeated(ScreeningImport batch) {
    audit.record(
        AuditEvent.success(
            "children.care.import",
            "children-screening-import",
            String.valueOf(batch.id()),
            "same file again, no change"));
    return new Result(batch, true);
  }

  private long load(
      Round round,
      School school,
      String fileName,
      byte[] sha256,
      Rows rows,
      String user,
      LocalDate today) {
    long id =
        jdbc.sql(
                """
                insert into children.screening_import (round_id, school_id, file_name,
                  content_sha256, state, imported_on, imported_by)
                values (?, ?, ?, ?, 'IMPORTED', ?, ?) returning id""")
            .params(round.id(), school.id(), fileName, sha256, today, user)
            .query(Long.class)
            .single();
    PupilRowCheck check = new PupilRowCheck(cipher, today);
    int[] dataRows = {0};
    boolean[] header = {false, true}; // seen, good
    try (PupilStaging staging = new PupilStaging(dataSource, id)) {
      rows.forEach(
          (line, cells) -> {
            if (!header[0]) {
              header[0] = true;
              String problem = PupilRowCheck.headerProblem(cells);
              if (problem != null) {
                header[1] = false;
                staging.add(new PupilRowCheck.StagedPupil(line).error("表头", problem));
              }
              return;
            }
            if (header[1]) {
              dataRows[0]++;
              staging.add(check.check(line, cells));
            }
          });
      if (header[1] && dataRows[0] == 0) {
        staging.add(new PupilRowCheck.StagedPupil(1).error("文件", "文件中没有学生数据（第2行起每行一名学生）"));
      }
      staging.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    finish(id, round, school, dataRows[0], today);
    return id;
  }

  private void finish(long id, Round round, School school, int rowsTotal, LocalDate today) {
    jdbc.sql("set local work_mem = '64MB'").update();
    if (rowsTotal >= ANALYSED_FROM) {
      jdbc.sql("analyze children.screening_staging").update();
    }
    markDuplicates(id, "id_idx", "身份证号");
    markDuplicates(id, "school_no", "学籍号");
    int rejected =
        jdbc.sql(
                """
                insert into children.screening_error (import_id, line, field, reason)
                select import_id, line, error_field, error_reason from children.screening_staging
                 where import_id = ? and error_field is not null""")
            .param(id)
            .update();
    if (rejected > 0) {
      jdbc.sql(
              "update children.screening_import set state = 'REJECTED', rows_total = ?,"
                  + " rows_rejected = ? where id = ?")
          .params(rowsTotal, rejected, id)
          .update();
    } else {
      int[] counts = storePupils(id, round, school, today);
      jdbc.sql(
              "update children.screening_import set rows_total = ?, rows_matched = ?,"
                  + " rows_positive = ? where id = ?")
          .params(counts[0], counts[1], counts[2], id)
          .update();
    }
    jdbc.sql("delete from children.screening_staging where import_id = ?").param(id).update();
  }

  /**
   * Matches the file's rows against the registry once (blind index) and flags the children of the
   * allowance categories (an approved case) for priority follow-up. Answers pupils, matched, pupils
   * with a positive result.
   */
  private int[] storePupils(long id, Round round, School school, LocalDate today) {
    // a pupil's approved case may be with the street they live in, outside the school's scope
    return scope.acrossRegions(() -> storePupilsAcrossRegions(id, round, school, today));
  }

  private int[] storePupilsAcrossRegions(long id, Round round, School school, LocalDate today) {
    return jdbc.sql(
            """
            with staged as materialized (
              select s.*, p.id as person_id
                from children.screening_staging s
                left join registry.person_fact p on p.id_number_idx = s.id_idx
               where s.import_id = :id),
            special as (
              select distinct on (child_person_id) child_person_id, category
                from children.allowance_case where state = 'APPROVED'
               order by child_person_id, id desc),
            stored as (
              insert into children.screening_pupil (import_id, round_id, school_id, region_code, line,
                id_idx, masked_id, school_no, name, grade, person_id, special_category, myopia,
                caries, mental, scoliosis, follow_up_due)
              select st.import_id, :round, :school, :region, st.line, st.id_idx, st.masked_id,
                     st.school_no, st.name, st.grade, st.person_id, sp.category, st.myopia,
                     st.caries, st.mental, st.scoliosis, :due
                from staged st left join special sp on sp.child_person_id = st.person_id
              returning person_id,
                        coalesce(myopia, false) or coalesce(caries, false)
                          or coalesce(mental, false) or coalesce(scoliosis, false) as positive)
            select count(*), count(person_id), count(*) filter (where positive) from stored""")
        .param("id", id)
        .param("round", round.id())
        .param("school", school.id())
        .param("region", school.regionCode())
        .param("due", today.plusDays(round.followUpDays()))
        .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)})
        .single();
  }

  /**
   * The same pupil twice in one file (by ID number, then by school number): the later lines are
   * errors naming the first. Found once by a materialised window and updated by row address.
   */
  private void markDuplicates(long id, String column, String field) {
    jdbc.sql(
            """
            with duplicate as materialized (
              select row_id, first_line
                from (select ctid as row_id, line,
                             min(line) over (partition by %1$s) as first_line
                        from children.screening_staging
                       where import_id = ? and error_field is null and %1$s is not null) w
               where line <> first_line)
            update children.screening_staging s
               set error_field = ?, error_reason = '与第' || d.first_line || '行重复'
              from duplicate d
             where s.ctid = d.row_id"""
                .formatted(column))
        .params(id, field)
        .update();
  }
}
