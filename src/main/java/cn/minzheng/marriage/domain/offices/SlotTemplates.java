package cn.minzheng.marriage.domain.offices;

import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing and removing an office's weekly and peak-day templates. A template only shapes the slots
 * generated after the change: slots already generated keep their times and capacity, because they
 * may hold bookings.
 */
@Service
@Transactional
public class SlotTemplates {

  /** A stored template with its id, for the administration page. */
  public record TemplateRow(long id, SlotTemplate template) {}

  private final JdbcClient jdbc;

  SlotTemplates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<TemplateRow> of(long officeId) {
    return jdbc.sql(
            "select id, kind, day_of_week, start_time, end_time, capacity"
                + " from marriage.slot_template where office_id = ?"
                + " order by kind desc, day_of_week, start_time")
        .param(officeId)
        .query(
            (rs, n) -> {
              int dow = rs.getInt("day_of_week");
              java.time.DayOfWeek day = rs.wasNull() ? null : java.time.DayOfWeek.of(dow);
              return new TemplateRow(
                  rs.getLong("id"),
                  new SlotTemplate(
                      SlotTemplate.TemplateKind.valueOf(rs.getString("kind")),
                      day,
                      rs.getTime("start_time").toLocalTime(),
                      rs.getTime("end_time").toLocalTime(),
                      rs.getInt("capacity")));
            })
        .list();
  }

  /** Answers false when the office has no such template. */
  public boolean change(
      long officeId, long templateId, LocalTime start, LocalTime end, int capacity) {
    return jdbc.sql(
                "update marriage.slot_template set start_time = ?, end_time = ?, capacity = ?"
                    + " where id = ? and office_id = ?")
            .params(start, end, capacity, templateId, officeId)
            .update()
        == 1;
  }

  /** Answers false when the office has no such template. */
  public boolean remove(long officeId, long templateId) {
    return jdbc.sql("delete from marriage.slot_template where id = ? and office_id = ?")
            .params(templateId, officeId)
            .update()
        == 1;
  }
}
