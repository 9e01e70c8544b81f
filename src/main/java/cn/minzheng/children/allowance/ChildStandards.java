package cn.minzheng.children.allowance;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.shared.Masking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effective-dated monthly standards per category and care type (from 2023-01-01: 2,000 yuan in
 * institutional care, 1,400 scattered). A change adds a version from the first day of a month and
 * closes the one in force; the past is never rewritten. The city administrator sees the children it
 * affects before saving.
 */
@Service
public class ChildStandards {

  private final JdbcClient jdbc;

  ChildStandards(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Standard(
      long id,
      String category,
      String categoryLabel,
      CareType careType,
      BigDecimal amount,
      LocalDate validFrom,
      LocalDate validTo,
      String createdBy) {}

  public List<Standard> all() {
    return jdbc.sql(
            """
            select s.id, s.category, c.label as category_label, s.care_type, s.amount, s.valid_from, s.valid_to,
                   s.created_by
              from children.standard s join children.category c on c.code = s.category
             order by c.sort_order, s.care_type, s.valid_from desc""")
        .query(Standard.class)
        .list();
  }

  /** The amount of a month, or empty when no standard covers it. */
  public Optional<BigDecimal> amount(String category, CareType careType, YearMonth month) {
    return jdbc.sql(
            """
            select amount from children.standard
             where category = ? and care_type = ? and valid_from <= ?
               and (valid_to is null or valid_to > ?)""")
        .params(category, careType.name(), month.atDay(1), month.atDay(1))
        .query(BigDecimal.class)
        .optional();
  }

  /** A child whose monthly amount the change would change, with the amount before and after. */
  public record Affected(
      long caseId, String maskedName, String regionCode, BigDecimal before, BigDecimal after) {}

  public record Preview(
      String category,
      CareType careType,
      YearMonth from,
      BigDecimal amount,
      BigDecimal current,
      List<Affected> children) {}

  /** The approved cases of the category and care type that are paid in {@code from}. */
  public Preview preview(String category, CareType careType, YearMonth from, BigDecimal amount) {
    validate(category, from, amount);
    BigDecimal current = amount(category, careType, from).orElse(BigDecimal.ZERO);
    List<Affected> children =
        jdbc.sql(
                """
                select c.id, p.name, c.region_code from children.allowance_case c
                  join registry.person_fact p on p.id = c.child_person_id
                 where c.category = ? and c.state = 'APPROVED'
                   and (c.stopped_from is null or c.stopped_from > ?)
                   and (select cp.care_type from children.care_period cp
                         where cp.case_id = c.id and cp.valid_from <= ?
                         order by cp.valid_from desc limit 1) = ?
                 order by c.id""")
            .params(category, from.atDay(1), from.atDay(1), careType.name())
            .query(
                (rs, n) ->
                    new Affected(
                        rs.getLong(1),
                        Masking.publicName(rs.getString(2)),
                        rs.getString(3),
                        current,
                        amount))
            .list();
    return new Preview(category, careType, from, amount, current, children);
  }

  /** Adds the version from {@code from}: the one in force then ends the month before. */
  @Transactional
  public void replaceFrom(
      String category, CareType careType, YearMonth from, BigDecimal amount, String user) {
    validate(category, from, amount);
    LocalDate start = from.atDay(1);
    Integer later =
        jdbc.sql(
                "select count(*) from children.standard where category = ? and care_type = ?"
                    + " and valid_from >= ?")
            .params(category, careType.name(), start)
            .query(Integer.class)
            .single();
    if (later > 0) {
      throw new InvalidInput("from", "该月份或之后已有标准版本，新版本只能从最新版本之后开始");
    }
    jdbc.sql(
            "update children.standard set valid_to = ? where category = ? and care_type = ?"
                + " and valid_to is null")
        .params(start, category, careType.name())
        .update();
    jdbc.sql(
            "insert into children.standard (category, care_type, amount, valid_from, created_by)"
                + " values (?, ?, ?, ?, ?)")
        .params(category, careType.name(), amount, start, user)
        .update();
  }

  private void validate(String category, YearMonth from, BigDecimal amount) {
    Integer paid =
        jdbc.sql("select count(*) from children.category where code = ? and programme is not null")
            .param(category)
            .query(Integer.class)
            .single();
    if (paid == 0) {
      throw new InvalidInput("category", "该类别不按月发放基本生活费");
    }
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
      throw new InvalidInput("amount", "月标准须为大于0的金额，最多两位小数");
    }
    if (from == null) {
      throw new InvalidInput("from", "请填写执行起始月份");
    }
  }
}
