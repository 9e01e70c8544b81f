package cn.minzheng.organisations.projects;

import java.time.LocalDate;

/** A mid-term or final evaluation of an approved project. */
public record Evaluation(
    String stage, String result, String findings, LocalDate evaluatedOn, String evaluatedBy) {

  public enum Stage {
    MID_TERM("中期评估"),
    FINAL("结项评估");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Result {
    EXCELLENT("优秀"),
    GOOD("良好"),
    PASS("合格"),
    FAIL("不合格");

    private final String label;

    Result(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public String stageLabel() {
    return Stage.valueOf(stage).label();
  }

  public String resultLabel() {
    return Result.valueOf(result).label();
  }
}
