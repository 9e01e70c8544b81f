package cn.minzheng.assistance;

import cn.minzheng.payments.Programme;
import java.util.Optional;

/** What a household is covered by. 低保边缘 is an identification without a monthly cash benefit. */
public enum AssistanceType {
  DIBAO("低保", Programme.DIBAO),
  TEKUN("特困供养", Programme.TEKUN),
  LINSHI("临时救助", Programme.LINSHI),
  MARGINAL("低保边缘", null);

  private final String label;
  private final Programme programme;

  AssistanceType(String label, Programme programme) {
    this.label = label;
    this.programme = programme;
  }

  public String label() {
    return label;
  }

  /** The payment programme, empty for an identification that pays nothing by itself. */
  public Optional<Programme> programme() {
    return Optional.ofNullable(programme);
  }
}
