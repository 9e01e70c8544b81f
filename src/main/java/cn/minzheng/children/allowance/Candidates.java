package cn.minzheng.children.allowance;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proactive list (主动发现): children under 18 whom the registry shows as sons or daughters of a
 * household whose head and head's spouse are both dead (孤儿), or one dead and the other severely
 * disabled, or both severely disabled (事实无人抚养) — severely: grade 1–2, or grade 3–4 intellectual or
 * mental. A caseworker confirms a candidate by filing the application (the county still decides) or
 * dismisses it with a note: nobody is paid from this list without a human decision.
 */
@Service
public class Candidates {

  static final String SEVERE =
      "(%1$s.disability_grade in (1, 2) or (%1$s.disability_grade in (3, 4)"
          + " and %1$s.disability_category in ('INTELLECTUAL', 'MENTAL')))";

  static final String FIND =
      """
      insert into children.candidate (person_id, suggested_category, reason, region_code)
      select distinct on (c.id) c.id,
             case when f.date_of_death is not null and m.date_of_death is not null then 'ORPHAN'
                  else 'UNSUPPORTED' end,
             case when f.date_of_death is not null and m.date_of_death is not null
                  then '人口库：父母均已死亡'
                  when f.date_of_death is not null or m.date_of_death is not null
                  then '人口库：父母一方死亡，另一方重度残疾'
                  else '人口库：父母双方均重度残疾' end,
             c.residence_region_code
        from registry.membership_fact mc
        join registry.person_fact c on c.id = mc.person_id
        join registry.household_fact h on h.id = mc.household_id
        join registry.person_fact f on f.id = h.head_person_id
        join registry.membership_fact ms
          on ms.household_id = h.id and ms.relationship = 'SPOUSE' and ms.valid_to is null
        join registry.person_fact m on m.id = ms.person_id
       where mc.valid_to is null and mc.relationship in ('SON', 'DAUGHTER')
         and c.date_of_death is null
         and c.birth_date > (cast(:today as date) - interval '18 years')::date
         and c.residence_region_code like :city
         and (f.date_of_death is not null or %s)
         and (m.date_of_death is not null or %s)
         and not exists (select 1 from children.allowance_case x
                          where x.child_person_id = c.id and x.state in ('APPLIED', 'PROPOSED', 'APPROVED'))
       order by c.id
      on conflict (person_id) do nothing
      """
          .formatted(SEVERE.formatted("f"), SEVERE.formatted("m"));

  private final JdbcClient jdbc;
  private final AllowanceCases cases;

  Candidates(JdbcClient jdbc, AllowanceCases cases) {
    this.jdbc = jdbc;
    this.cases = cases;
  }

  public record Candidate(
      long personId,
      String name,
      LocalDate birthDate,
      String suggestedCategory,
      String categoryLabel,
      String reason,
      String regionCode,
      OffsetDateTime foundAt,
      @Nullable String decision,
      @Nullable String decidedBy,
      @Nullable String decisionNote,
      @Nullable Long caseId) {

    public String decisionLabel() {
      return decision == null ? "待确认" : "CONFIRMED".equals(decision) ? "已确认并受理" : "已排除";
    }
  }

  /** Adds the children the registry now suggests; returns how many are new on the list. */
  @Transactional
  public int refresh(LocalDate today, String cityPrefix) {
    return jdbc.sql(FIND).param("today", today).param("city", cityPrefix + "%").update();
  }

  private static final String SELECT =
      """
      select d.person_id, p.name, p.birth_date, d.suggested_category, k.label as category_label, d.reason,
             d.region_code, d.found_at, d.decision, d.decided_by, d.decision_note, d.case_id
        from children.candidate d
        join registry.person_fact p on p.id = d.person_id
        join children.category k on k.code = d.suggested_category
      """;

  /** One page of the candidates inside the regions, those waiting for a decision first. */
  public PageResult<Candidate> list(
      String @Nullable [] regionCodes, boolean openOnly, PageQuery query) {
    String where =
        """
         where (cast(? as text[]) is null or d.region_code = any(cast(? as text[])))
           and (not ? or d.decision is null)""";
    long total =
        jdbc.sql("select count(*) from children.candidate d " + where)
            .params(regionCodes, regionCodes, openOnly)
            .query(Long.class)
            .single();
    List<Candidate> rows =
        jdbc.sql(
                SELECT
                    + where
                    + " order by d.decision nulls first, d.found_at, d.person_id limit ? offset ?")
            .params(regionCodes, regionCodes, openOnly, query.size(), query.offset())
            .query(Candidate.class)
            .list();
    return new PageResult<>(rows, query, total);
  }

  public Candidate get(long personId) {
    return jdbc.sql(SELECT + " where d.person_id = ?")
        .param(personId)
        .query(Candidate.class)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("主动发现对象"));
  }

  /** Confirms the candidate by filing its application (source CANDIDATE). */
  @Transactional
  public long confirm(long personId, NewAllowanceCase form, String user, LocalDate on) {
    Candidate candidate = get(personId);
    if (candidate.decision() != null) {
      throw new InvalidInput("decision", "该对象已处理");
    }
    long caseId = cases.file(form, "CANDIDATE", user, on);
    if (cases.get(caseId).childPersonId() != personId) {
      throw new InvalidInput("childIdNumber", "身份证号码与主动发现对象不一致");
    }
    jdbc.sql(
            """
            update children.candidate set decision = 'CONFIRMED', decided_by = ?, decided_at = now(),
                   case_id = ? where person_id = ?""")
        .params(user, caseId, personId)
        .update();
    return caseId;
  }

  @Transactional
  public void dismiss(long personId, String note, String user) {
    if (note == null || note.isBlank()) {
      throw new InvalidInput("note", "排除须写明理由");
    }
    int changed =
        jdbc.sql(
                """
                update children.candidate set decision = 'DISMISSED', decided_by = ?,
                       decided_at = now(), decision_note = ? where person_id = ? and decision is null""")
            .params(user, note.strip(), personId)
            .update();
    if (changed == 0) {
      throw new InvalidInput("note", "该对象已处理");
    }
  }
}
