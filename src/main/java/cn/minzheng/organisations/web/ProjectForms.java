package cn.minzheng.organisations.web;

import cn.minzheng.organisations.projects.ProjectApplication.Proposal;
import cn.minzheng.organisations.projects.ProjectCall.Opening;
import cn.minzheng.organisations.projects.ProjectCategory;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The forms of the special-fund pages, as typed in: parsed with a Chinese message per field. */
final class ProjectForms {

  private ProjectForms() {}

  /** 申报批次 as typed by the city. */
  static class CallForm {
    private @Nullable String year;
    private @Nullable String title;
    private @Nullable String budget;
    private @Nullable List<String> categories = new ArrayList<>();
    private @Nullable String opensOn;
    private @Nullable String closesOn;
    private @Nullable String criteria;
    private @Nullable String minReviewers = "3";
    private @Nullable String passScore = "60";

    Opening opening() {
      List<ProjectCategory> cats = new ArrayList<>();
      for (String c : categories == null ? List.<String>of() : categories) {
        cats.add(ApplicationPages.enumOf(ProjectCategory.class, c, "categories", "资助领域：请选择"));
      }
      return new Opening(
          integer(year, "year", "年度"),
          title == null ? "" : title,
          amount(budget, "budget", "预算总额"),
          cats,
          date(opensOn, "opensOn", "申报开始日期"),
          date(closesOn, "closesOn", "申报截止日期"),
          criteria == null ? "" : criteria,
          integer(minReviewers, "minReviewers", "评审专家人数"),
          amount(passScore, "passScore", "立项最低平均分"));
    }

    public @Nullable String getYear() {
      return year;
    }

    public void setYear(@Nullable String year) {
      this.year = year;
    }

    public @Nullable String getTitle() {
      return title;
    }

    public void setTitle(@Nullable String title) {
      this.title = title;
    }

    public @Nullable String getBudget() {
      return budget;
    }

    public void setBudget(@Nullable String budget) {
      this.budget = budget;
    }

    public @Nullable List<String> getCategories() {
      return categories;
    }

    public void setCategories(@Nullable List<String> categories) {
      this.categories = categories;
    }

    public @Nullable String getOpensOn() {
      return opensOn;
    }

    public void setOpensOn(@Nullable String opensOn) {
      this.opensOn = opensOn;
    }

    public @Nullable String getClosesOn() {
      return closesOn;
    }

    public void setClosesOn(@Nullable String closesOn) {
      this.closesOn = closesOn;
    }

    public @Nullable String getCriteria() {
      return criteria;
    }

    public void setCriteria(@Nullable String criteria) {
      this.criteria = criteria;
    }

    public @Nullable String getMinReviewers() {
      return minReviewers;
    }

    public void setMinReviewers(@Nullable String minReviewers) {
      this.minReviewers = minReviewers;
    }

    public @Nullable String getPassScore() {
      return passScore;
    }

    public void setPassScore(@Nullable String passScore) {
      this.passScore = passScore;
    }
  }

  /** 项目申报 as typed by an organisation (or staff for it: with its credit code). */
  static class ProposalForm {
    private @Nullable String callId;
    private @Nullable String creditCode;
    private @Nullable String title;
    private @Nullable String category;
    private @Nullable String requested;
    private @Nullable String summary;

    long call() {
      if (callId == null || callId.isBlank()) {
        throw new InvalidInput("callId", "申报批次：请选择");
      }
      try {
        return Long.parseLong(callId.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInput("callId", "申报批次：请选择");
      }
    }

    Proposal proposal() {
      return new Proposal(
          title == null ? "" : title,
          category == null || category.isBlank()
              ? null
              : ApplicationPages.enumOf(ProjectCategory.class, category, "category", "资助领域：请选择"),
          amount(requested, "requested", "申请金额"),
          summary == null ? "" : summary);
    }

    public @Nullable String getCallId() {
      return callId;
    }

    public void setCallId(@Nullable String callId) {
      this.callId = callId;
    }

    public @Nullable String getCreditCode() {
      return creditCode;
    }

    public void setCreditCode(@Nullable String creditCode) {
      this.creditCode = creditCode;
    }

    public @Nullable String getTitle() {
      return title;
    }

    public void setTitle(@Nullable String title) {
      this.title = title;
    }

    public @Nullable String getCategory() {
      return category;
    }

    public void setCategory(@Nullable String category) {
      this.category = category;
    }

    public @Nullable String getRequested() {
      return requested;
    }

    public void setRequested(@Nullable String requested) {
      this.requested = requested;
    }

    public @Nullable String getSummary() {
      return summary;
    }

    public void setSummary(@Nullable String summary) {
      this.summary = summary;
    }
  }

  static BigDecimal amount(@Nullable String text, String field, String label) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput(field, label + "：不能为空");
    }
    try {
      return new BigDecimal(text.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, label + "：应为数字");
    }
  }

  static @Nullable BigDecimal optionalAmount(@Nullable String text, String field, String label) {
    return text == null || text.isBlank() ? null : amount(text, field, label);
  }

  static int integer(@Nullable String text, String field, String label) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput(field, label + "：不能为空");
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, label + "：应为整数");
    }
  }

  /** A date of a plan or a period (a call's window, a project's start): 1900 to 2100. */
  static LocalDate date(@Nullable String text, String field, String label) {
    return date(text, Span.ANY, field, label);
  }

  /**
   * A date read through {@link PlausibleDate}: an absurd year is refused naming the field, and a
   * {@link Span#HAPPENED} date (a signature, a verification) may not lie after today.
   */
  static LocalDate date(@Nullable String text, Span span, String field, String label) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput(field, label + "：不能为空");
    }
    try {
      return PlausibleDate.parse(text, span, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      throw new InvalidInput(field, label + "：" + e.getMessage());
    }
  }
}
