package cn.minzheng.elderly.institution;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 监管: beds kept current, inspections with rectification deadlines, ratings, complaints. */
@Service
public class InstitutionSupervision {

  private final JdbcClient jdbc;
  private final InstitutionFilings filings;

  InstitutionSupervision(JdbcClient jdbc, InstitutionFilings filings) {
    this.jdbc = jdbc;
    this.filings = filings;
  }

  @Transactional
  public void updateBeds(long id, int total, int nursing, int occupied, String by) {
    if (total < 0 || nursing < 0 || occupied < 0 || nursing > total || occupied > total) {
      throw new IllegalArgumentException("床位：护理型床位和在住人数不能超过床位总数");
    }
    jdbc.sql(
            """
            update elderly.institution set total_beds = ?, nursing_beds = ?, occupied_beds = ?,
                   updated_at = now() where id = ?""")
        .params(total, nursing, occupied, id)
        .update();
    filings.history(id, "更新床位", total + "/" + nursing + "/" + occupied, by);
  }

  @Transactional
  public void inspect(long id, LocalDate on, String findings, LocalDate rectifyBy, String by) {
    if (findings == null || findings.isBlank()) {
      throw new IllegalArgumentException("检查发现：不能为空");
    }
    if (rectifyBy != null && rectifyBy.isBefore(on)) {
      throw new IllegalArgumentException("整改期限：不能早于检查日期");
    }
    jdbc.sql(
            """
            insert into elderly.institution_inspection
                   (institution_id, inspected_on, findings, rectification_deadline, created_by)
            values (?, ?, ?, ?, ?)""")
        .params(id, on, findings.strip(), rectifyBy, by)
        .update();
    filings.history(id, "监督检查", findings, by);
  }

  @Transactional
  public void rate(long id, int stars, String by) {
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException("等级评定：须为1至5星");
    }
    jdbc.sql("update elderly.institution set rating = ?, updated_at = now() where id = ?")
        .params(stars, id)
        .update();
    filings.history(id, "等级评定", stars + "星", by);
  }

  @Transactional
  public void complaint(long id, LocalDate on, String content, String by) {
    if (content == null || content.isBlank()) {
      throw new IllegalArgumentException("投诉内容：不能为空");
    }
    jdbc.sql(
            """
            insert into elderly.institution_complaint (institution_id, received_on, content,
                   created_by) values (?, ?, ?, ?)""")
        .params(id, on, content.strip(), by)
        .update();
    filings.history(id, "受理投诉", null, by);
  }

  /** Records that the findings of an inspection were put right (on or after the inspection). */
  @Transactional
  public void rectified(long id, long inspectionId, LocalDate on, String by) {
    int n =
        jdbc.sql(
                """
                update elderly.institution_inspection set rectified_on = ?
                 where id = ? and institution_id = ? and rectified_on is null
                   and inspected_on <= ?""")
            .params(on, inspectionId, id, on)
            .update();
    if (n == 0) {
      throw new IllegalArgumentException("整改完成：该检查记录不存在或已整改");
    }
    filings.history(id, "整改完成", "检查记录 " + inspectionId, by);
  }

  /** Closes the oldest open complaint with its resolution. */
  @Transactional
  public void closeComplaint(long id, String resolution, String by) {
    if (resolution == null || resolution.isBlank()) {
      throw new IllegalArgumentException("处理结果：不能为空");
    }
    int n =
        jdbc.sql(
                """
                update elderly.institution_complaint set status = 'CLOSED', resolution = ?
                 where id = (select id from elderly.institution_complaint
                              where institution_id = ? and status = 'OPEN'
                              order by received_on, id limit 1)""")
            .params(resolution.strip(), id)
            .update();
    if (n == 0) {
      throw new IllegalArgumentException("处理结果：没有未办结的投诉");
    }
    filings.history(id, "投诉办结", resolution, by);
  }
}
