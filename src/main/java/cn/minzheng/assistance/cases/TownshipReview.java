package cn.minzheng.assistance.cases;

import cn.minzheng.assistance.AssistanceStandards;
import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.StandardInForce;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 乡镇（街道）审核: checks the programme's rules, proposes the amount and opens the 7-day publicity. 临时救助
 * has no publicity: an amount within the township's limit is approved here (by someone other than
 * the caseworker who filed it), a larger one goes to the county.
 */
@Service
public class TownshipReview {

  private final CaseWorkflow workflow;
  private final CaseStore store;
  private final CaseHistory history;
  private final AssistanceStandards standards;
  private final PersonDirectory persons;
  private final CaseDecisions decisions;
  private final JdbcClient jdbc;
  private final CaseTransitions transitions;

  TownshipReview(
      CaseWorkflow workflow,
      CaseStore store,
      CaseHistory history,
      AssistanceStandards standards,
      PersonDirectory persons,
      CaseDecisions decisions,
      JdbcClient jdbc,
      CaseTransitions transitions) {
    this.transitions = transitions;
    this.workflow = workflow;
    this.store = store;
    this.history = history;
    this.standards = standards;
    this.persons = persons;
    this.decisions = decisions;
    this.jdbc = jdbc;
  }

  @Transactional
  public CaseState review(long caseId, StaffUser by, LocalDate today) {
    AssistanceCase c = workflow.begin(caseId, CaseAction.TOWNSHIP_REVIEW, by);
    StandardInForce std =
        standards
            .inForce(c.regionCode(), today)
            .orElseThrow(() -> rule("no-standard", "该区域在今日无有效救助标准，请联系市级管理员。"));
    List<CaseMember> included =
        store.members(caseId).stream().filter(m -> m.included() && m.diedOn() == null).toList();
    if (c.type() == AssistanceType.LINSHI) {
      return linshi(c, std, by, today);
    }
    if (!Boolean.TRUE.equals(c.assetsWithinLimits())) {
      throw rule("assets", "家庭财产超出规定，不符合条件，请作不予纳入处理。");
    }
    BigDecimal amount =
        switch (c.type()) {
          case DIBAO -> dibao(c, std).multiply(BigDecimal.valueOf(included.size()));
          case TEKUN ->
              tekun(c, std, included, today).multiply(BigDecimal.valueOf(included.size()));
          default -> marginal(c, std);
        };
    propose(c, amount, by, today, CaseState.PUBLICITY);
    PublicityPeriod publicity = PublicityPeriod.openedOn(today);
    jdbc.sql(
            "update assistance.assistance_case set publicity_from = ?, publicity_to = ? where id = ?")
        .params(publicity.from(), publicity.to(), c.id())
        .update();
    history.transition(
        c,
        by,
        CaseAction.TOWNSHIP_REVIEW,
        CaseState.PUBLICITY,
        "拟保障金额 %s 元/月，公示 %s 至 %s"
            .formatted(amount.toPlainString(), publicity.from(), publicity.to()));
    return CaseState.PUBLICITY;
  }

  private BigDecimal dibao(AssistanceCase c, StandardInForce std) {
    return EligibilityRules.dibaoPerPerson(
            std.dibaoStandard(), c.perCapitaIncome(), std.minimumPerPerson())
        .orElseThrow(() -> notBelowStandard(c, std));
  }

  private BigDecimal tekun(
      AssistanceCase c, StandardInForce std, List<CaseMember> included, LocalDate today) {
    if (c.perCapitaIncome().compareTo(std.dibaoStandard()) >= 0) {
      throw notBelowStandard(c, std);
    }
    if (!Boolean.TRUE.equals(c.noAbleSupporter())) {
      throw rule("tekun-supporter", "特困供养须无法定赡养、抚养、扶养义务人或其无履行能力。");
    }
    for (CaseMember m : included) {
      PersonSummary p = persons.find(m.personId()).orElseThrow();
      if (!EligibilityRules.noCapacityToWork(
          p.birthDate(), p.disabilityCategory(), p.disabilityGrade(), today)) {
        throw rule("tekun-capacity", m.name() + "具有劳动能力（未满60周岁且满16周岁，且无相应等级残疾），不符合特困供养条件。");
      }
    }
    return std.tekunBasic().add(std.care(c.careLevel()));
  }

  private BigDecimal marginal(AssistanceCase c, StandardInForce std) {
    if (c.perCapitaIncome().compareTo(std.marginalThreshold()) >= 0) {
      throw rule("marginal", "家庭人均收入不低于低保边缘标准（" + std.marginalThreshold() + "元），不符合条件。");
    }
    return BigDecimal.ZERO;
  }

  private CaseState linshi(AssistanceCase c, StandardInForce std, StaffUser by, LocalDate today) {
    BigDecimal amount = c.oneOffAmount();
    if (amount.compareTo(std.linshiCountyLimit()) > 0) {
      throw rule("linshi-limit", "临时救助金额超过县级审批上限（" + std.linshiCountyLimit() + "元），请按“一事一议”另行报批。");
    }
    if (amount.compareTo(std.linshiTownshipLimit()) <= 0) {
      propose(c, amount, by, today, CaseState.TOWNSHIP_APPROVED);
      history.transition(
          c, by, CaseAction.TOWNSHIP_REVIEW, CaseState.TOWNSHIP_APPROVED, "乡镇（街道）直接审批");
      decisions.confirmByTownship(c.id(), by, today);
      return CaseState.CONFIRMED;
    }
    propose(c, amount, by, today, CaseState.TOWNSHIP_APPROVED);
    history.transition(
        c,
        by,
        CaseAction.TOWNSHIP_REVIEW,
        CaseState.TOWNSHIP_APPROVED,
        "金额 %s 元超过乡镇审批上限 %s 元，报县级确认".formatted(amount, std.linshiTownshipLimit()));
    return CaseState.TOWNSHIP_APPROVED;
  }

  private void propose(
      AssistanceCase c, BigDecimal amount, StaffUser by, LocalDate today, CaseState to) {
    jdbc.sql(
            """
            update assistance.assistance_case
               set proposed_amount = ?, proposed_by_id = ?, proposed_by = ?, proposed_on = ?
             where id = ?""")
        .params(amount, by.id(), by.displayName(), today, c.id())
        .update();
    transitions.move(c, to);
  }

  private static CaseRuleViolation notBelowStandard(AssistanceCase c, StandardInForce std) {
    return rule(
        "income",
        "家庭人均收入（%s元）不低于当地低保标准（%s元），不符合条件，请作不予纳入处理。"
            .formatted(c.perCapitaIncome().toPlainString(), std.dibaoStandard().toPlainString()));
  }

  private static CaseRuleViolation rule(String code, String message) {
    return new CaseRuleViolation(code, message);
  }
}
