package cn.minzheng.socialwork.contracts;

/**
 * The grade of a contract's final evaluation from its score (0–100): 90 and above 优秀, 80 良好, 60 合格,
 * below 60 不合格. [unconfirmed] The bands are those commonly used in the evaluation of
 * government-purchased social-work services (第三方评估); the city's own notice is not on file.
 */
public enum Grade {
  EXCELLENT("优秀", 90),
  GOOD("良好", 80),
  PASS("合格", 60),
  FAIL("不合格", 0);

  private final String label;
  private final int from;

  Grade(String label, int from) {
    this.label = label;
    this.from = from;
  }

  public String label() {
    return label;
  }

  public static Grade of(int score) {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score 0..100");
    }
    for (Grade g : values()) {
      if (score >= g.from) {
        return g;
      }
    }
    return FAIL;
  }
}
