package cn.minzheng.children.protection;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minor protection cases (未成年人保护法): a report — mandatory reporting (强制报告) by schools, hospitals and
 * others, the hotline, a visit — with a risk level and the immediate measures; referrals to
 * departments with deadlines; follow-up visits; closure. Callers check the child-protection role
 * and the region scope first; every read is audited by the caller.
 */
@Service
public class ProtectionCases {

  public static final Map<String, String> SOURCES =
      Map.of(
          "MANDATORY_SCHOOL", "强制报告（学校）",
          "MANDATORY_HOSPITAL", "强制报告（医疗机构）",
          "MANDATORY_OTHER", "强制报告（其他机构）",
          "HOTLINE", "热线电话",
          "VISIT", "走访发现",
          "OTHER", "其他");

  public static final Map<String, String> RISKS = Map.of("LOW", "低", "MEDIUM", "中", "HIGH", "高");

  public static final Map<String, String> DEPARTMENTS =
      Map.of(
          "POLICE", "公安",
          "EDUCATION", "教育",
          "HEALTH", "卫生健康",
          "COURT", "法院",
          "CIVIL_AFFAIRS", "民政（临时监护）",
          "OTHER", "其他");

  public static final Map<String, String> STAGES =
      Map.of("REPORTED", "已报告", "REFERRED", "已转介", "FOLLOW_UP", "跟踪回访", "CLOSED", "已结案");

  private final JdbcClient jdbc;
  private final PersonDirectory persons;

  ProtectionCases(JdbcClient jdbc, PersonDirectory persons) {
    this.jdbc = jdbc;
    this.persons = persons;
  }

  public record ProtectionCase(
      long id,
      long childPersonId,
      String childName,
      LocalDate childBirthDate,
      String regionCode,
      String source,
      String reporter,
      LocalDate reportedOn,
      String summary,
      String riskLevel,
      String immediateMeasures,
      String stage,
      @Nullable LocalDate closedOn,
      @Nullable String closureNote,
      String createdBy,
      OffsetDateTime createdAt) {

    public String sourceLabel() {
      return SOURCES.get(source);
    }

    public String riskLabel() {
      return RISKS.get(riskLevel);
    }

    public String stageLabel() {
      return STAGES.get(stage);
    }
  }

  public record Referral(
      long id,
      String department,
      LocalDate deadline,
      String note,
      @Nullable LocalDate answeredOn,
      @Nullable String answer) {

    public String departmentLabel() {
      return DEPARTMENTS.get(department);
    }

    public boolean overdueOn(LocalDate day) {
      return answeredOn == null && deadline.isBefore(day);
    }
  }

  public record FollowUp(LocalDate visitedOn, String visitor, String note) {}

  private static final String SELECT =
      """
      select c.id, c.child_person_id, p.name as child_name, p.birth_date as child_birth_date,
             c.region_code, c.source, c.reporter, c.reported_on, c.summary, c.risk_level,
             c.immediate_measures, c.stage, c.closed_on, c.closure_note, c.created_by, c.created_at
        from children.protection_case c join registry.person_fact p on p.id = c.child_person_id
      """;

  public ProtectionCase get(long id) {
    return jdbc.sql(SELECT + " where c.id = ?")
        .param(id)
        .query(ProtectionCase.class)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("未成年人保护个案"));
  }

  /** The cases inside the regions (the API's list), the highest risk first, then the newest. */
  public List<ProtectionCase> list(String @Nullable [] regionCodes, boolean openOnly, int limit) {
    return jdbc.sql(SELECT + " " + OF_REGIONS + ORDER + " limit ?")
        .params(regionCodes, regionCodes, openOnly, limit)
        .query(ProtectionCase.class)
        .list();
  }

  /** One page of the cases inside the regions, the highest risk first, then the newest. */
  public PageResult<ProtectionCase> page(
      String @Nullable [] regionCodes, boolean openOnly, PageQuery query) {
    long total =
        jdbc.sql("select count(*) from children.protection_case c " + OF_REGIONS)
            .params(regionCodes, regionCodes, openOnly)
            .query(Long.class)
            .single();
    List<ProtectionCase> rows =
        jdbc.sql(SELECT + " " + OF_REGIONS + ORDER + " limit ? offset ?")
            .params(regionCodes, regionCodes, openOnly, query.size(), query.offset())
            .query(ProtectionCase.class)
            .list();
    return new PageResult<>(rows, query, total);
  }

  private static final String OF_REGIONS =
      "where (cast(? as text[]) is null or c.region_code = any(cast(? as text[])))"
          + " and (not ? or c.stage <> 'CLOSED')";

  private static final String ORDER =
      " order by case c.risk_level when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, c.id desc";

  public List<Referral> referrals(long caseId) {
    return jdbc.sql(
            "select id, department, deadline, note, answered_on, answer from children.referral"
                + " where case_id = ? order by id")
        .param(caseId)
        .query(Referral.class)
        .list();
  }

  public List<FollowUp> followUps(long caseId) {
    return jdbc.sql(
            "select visited_on, visitor, note from children.follow_up where case_id = ?"
                + " order by visited_on, id")
        .param(caseId)
        .query(FollowUp.class)
        .list();
  }

  /** The child the ID number names (a minor), or a field error. */
  public PersonSummary child(String idNumber) {
    IdCardNo parsed;
    try {
      parsed = IdCardNo.parse(idNumber == null ? "" : idNumber.strip());
    } catch (InvalidIdCardNoException e) {
      throw new InvalidInput("childIdNumber", "身份证号码无效");
    }
    return persons
        .findByIdNumber(parsed)
        .orElseThrow(() -> new InvalidInput("childIdNumber", "人口库中没有此身份证号码的人员，请先登记"));
  }

  @Transactional
  public long report(
      PersonSummary child,
      String source,
      String reporter,
      LocalDate reportedOn,
      String summary,
      String riskLevel,
      String measures,
      String user) {
    if (!child.birthDate().plusYears(18).isAfter(reportedOn)) {
      throw new InvalidInput("childIdNumber", "该人员报告时已年满18周岁");
    }
    if (!SOURCES.containsKey(source)) {
      throw new InvalidInput("source", "请选择报告来源");
    }
    if (!RISKS.containsKey(riskLevel)) {
      throw new InvalidInput("riskLevel", "请选择风险等级");
    }
    if (reporter == null || reporter.isBlank()) {
      throw new InvalidInput("reporter", "请填写报告人或报告单位");
    }
    if (summary == null || summary.isBlank()) {
      throw new InvalidInput("summary", "请填写情况摘要");
    }
    if ("HIGH".equals(riskLevel) && (measures == null || measures.isBlank())) {
      throw new InvalidInput("immediateMeasures", "高风险须写明已采取的紧急措施");
    }
    return jdbc.sql(
            """
            insert into children.protection_case
                   (child_person_id, region_code, source, reporter, reported_on, summary, risk_level,
                    immediate_measures, stage, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'REPORTED', ?) returning id""")
        .params(
            child.id(),
            child.residenceRegionCode(),
            source,
            reporter.strip(),
            reportedOn,
            summary.strip(),
            riskLevel,
            measures == null ? "" : measures.strip(),
            user)
        .query(Long.class)
        .single();
  }

  @Transactional
  public void refer(long caseId, String department, LocalDate deadline, String note, String user) {
    ProtectionCase c = open(caseId);
    if (!DEPARTMENTS.containsKey(department)) {
      throw new InvalidInput("department", "请选择转介部门");
    }
    if (deadline == null || deadline.isBefore(c.reportedOn())) {
      throw new InvalidInput("deadline", "请填写不早于报告日期的办理期限");
    }
    jdbc.sql(
            "insert into children.referral (case_id, department, deadline, note, created_by)"
                + " values (?, ?, ?, ?, ?)")
        .params(caseId, department, deadline, note == null ? "" : note.strip(), user)
        .update();
    jdbc.sql(
            "update children.protection_case set stage = 'REFERRED' where id = ? and stage = 'REPORTED'")
        .param(caseId)
        .update();
  }

  @Transactional
  public void answerReferral(long caseId, long referralId, LocalDate on, String answer) {
    open(caseId);
    int changed =
        jdbc.sql(
                "update children.referral set answered_on = ?, answer = ? where id = ? and case_id = ?"
                    + " and answered_on is null")
            .params(on, answer == null ? "" : answer.strip(), referralId, caseId)
            .update();
    if (changed == 0) {
      throw new InvalidInput("referral", "该转介已反馈或不属于本个案");
    }
  }

  @Transactional
  public void followUp(long caseId, LocalDate on, String note, String user) {
    open(caseId);
    if (note == null || note.isBlank()) {
      throw new InvalidInput("note", "请填写回访情况");
    }
    jdbc.sql(
            "insert into children.follow_up (case_id, visited_on, visitor, note) values (?, ?, ?, ?)")
        .params(caseId, on, user, note.strip())
        .update();
    jdbc.sql("update children.protection_case set stage = 'FOLLOW_UP' where id = ?")
        .param(caseId)
        .update();
  }

  /** Closes the case; refused while a referral is unanswered. */
  @Transactional
  public void close(long caseId, LocalDate on, String note) {
    open(caseId);
    if (note == null || note.isBlank()) {
      throw new InvalidInput("closureNote", "请填写结案意见");
    }
    Integer pending =
        jdbc.sql("select count(*) from children.referral where case_id = ? and answered_on is null")
            .param(caseId)
            .query(Integer.class)
            .single();
    if (pending > 0) {
      throw new InvalidInput("closureNote", "尚有转介部门未反馈，不能结案");
    }
    jdbc.sql(
            "update children.protection_case set stage = 'CLOSED', closed_on = ?, closure_note = ?"
                + " where id = ?")
        .params(on, note.strip(), caseId)
        .update();
  }

  private ProtectionCase open(long caseId) {
    ProtectionCase c = get(caseId);
    if ("CLOSED".equals(c.stage())) {
      throw new InvalidInput("stage", "个案已结案");
    }
    return c;
  }
}
