package cn.minzheng.children.care;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up list: every positive result of a round (one line per pupil and screening type),
 * children of the allowance categories first; a result is overdue the day after its school's
 * deadline (import day + the round's follow-up days) while no follow-up is recorded.
 */
@Service
public class ScreeningFollowUps {

  /** Which lines of the list: not yet followed up, overdue, followed up, all. */
  public enum Filter {
    OPEN("待随访"),
    OVERDUE("已逾期"),
    DONE("已随访"),
    ALL("全部");

    private final String label;

    Filter(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Filter of(@Nullable String code) {
      for (Filter f : values()) {
        if (f.name().equals(code)) {
          return f;
        }
      }
      return OPEN;
    }
  }

  public record Query(
      long roundId,
      @Nullable Long schoolId,
      @Nullable ScreeningType type,
      Filter filter,
      boolean priorityOnly,
      String @Nullable [] codes,
      LocalDate today) {}

  public record Line(
      long pupilId,
      String name,
      @Nullable String maskedId,
      @Nullable String schoolNo,
      @Nullable String grade,
      String schoolName,
      String regionCode,
      String screeningType,
      @Nullable String specialCategory,
      LocalDate followUpDue,
      @Nullable LocalDate doneOn,
      @Nullable String outcome,
      boolean overdue) {

    public String typeLabel() {
      return ScreeningType.valueOf(screeningType).label();
    }

    public boolean priority() {
      return specialCategory != null;
    }
  }

  private final JdbcClient jdbc;

  ScreeningFollowUps(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String FROM =
      """
        from children.screening_pupil p
        join children.school s on s.id = p.school_id
        cross join lateral (values ('MYOPIA', p.myopia), ('CARIES', p.caries),
                                   ('MENTAL', p.mental), ('SCOLIOSIS', p.scoliosis)) t(type, positive)
        left join children.screening_follow_up f on f.pupil_id = p.id and f.screening_type = t.type
        left join children.category c on c.code = p.special_category
      """;

  public List<Line> list(Query q, int limit, long offset) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(q, params);
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql(
            """
            select p.id as pupil_id, p.name, p.masked_id, p.school_no, p.grade,
                   s.name as school_name, p.region_code, t.type as screening_type,
                   c.label as special_category, p.follow_up_due, f.done_on, f.outcome,
                   (f.pupil_id is null and p.follow_up_due < :today) as overdue
            """
                + FROM
                + where
                + " order by (p.special_category is null), p.follow_up_due, s.code, p.line, t.type"
                + " limit :limit offset :offset")
        .params(params)
        .query(Line.class)
        .list();
  }

  public long count(Query q) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(q, params);
    return jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single();
  }

  private static String where(Query q, Map<String, Object> p) {
    List<String> conditions = new ArrayList<>(List.of("t.positive", "p.round_id = :round"));
    p.put("round", q.roundId());
    p.put("today", q.today());
    if (q.codes() != null) {
      conditions.add("p.region_code = any(:codes)");
      p.put("codes", q.codes());
    }
    if (q.schoolId() != null) {
      conditions.add("p.school_id = :school");
      p.put("school", q.schoolId());
    }
    if (q.type() != null) {
      conditions.add("t.type = :type");
      p.put("type", q.type().name());
    }
    switch (q.filter()) {
      case OPEN -> conditions.add("f.pupil_id is null");
      case OVERDUE -> conditions.add("f.pupil_id is null and p.follow_up_due < :today");
      case DONE -> conditions.add("f.pupil_id is not null");
      case ALL -> {}
    }
    if (q.priorityOnly()) {
      conditions.add("p.special_category is not null");
    }
    return " where " + String.join(" and ", conditions);
  }

  /** The region of a screened pupil (its school's), for the caller's scope check. */
  public String pupilRegion(long pupilId) {
    return jdbc.sql("select region_code from children.screening_pupil where id = ?")
        .param(pupilId)
        .query(String.class)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("pupil " + pupilId));
  }

  /** Records the follow-up of one positive result (once). */
  @Transactional
  public void record(
      long pupilId,
      @Nullable ScreeningType type,
      @Nullable LocalDate doneOn,
      @Nullable String outcome,
      String user,
      LocalDate today) {
    List<InvalidInput.FieldMessage> errors = new ArrayList<>();
    if (type == null) {
      errors.add(new InvalidInput.FieldMessage("type", "请选择筛查项目"));
    }
    if (doneOn == null || doneOn.isAfter(today)) {
      errors.add(new InvalidInput.FieldMessage("doneOn", "请填写不晚于今天的随访日期"));
    }
    String text = outcome == null ? "" : outcome.strip();
    if (text.isEmpty() || text.length() > 500) {
      errors.add(new InvalidInput.FieldMessage("outcome", "请填写随访情况（不超过500个字符）"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    boolean positive =
        jdbc.sql(
                "select coalesce("
                    + type.column()
                    + ", false) from children.screening_pupil where id = ?")
            .param(pupilId)
            .query(Boolean.class)
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("pupil " + pupilId));
    if (!positive) {
      throw new InvalidInput("type", "该学生的" + type.label() + "筛查结果不是异常，无需随访");
    }
    try {
      jdbc.sql(
              """
              insert into children.screening_follow_up (pupil_id, screening_type, done_on, outcome,
                recorded_by) values (?, ?, ?, ?, ?)""")
          .params(pupilId, type.name(), doneOn, text, user)
          .update();
    } catch (DuplicateKeyException e) {
      throw new InvalidInput("type", "该学生的" + type.label() + "随访已登记");
    }
  }
}
