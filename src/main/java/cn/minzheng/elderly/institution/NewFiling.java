package cn.minzheng.elderly.institution;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The contents of a 备案 (docs/domain-rules.md §6). */
public record NewFiling(
    String name,
    String creditCode,
    String address,
    String regionCode,
    String legalRepresentative,
    Premises premises,
    BigDecimal areaSqm,
    String contactPhone,
    int totalBeds,
    int nursingBeds,
    boolean pledgeSigned,
    LocalDate admittedOn,
    LocalDate submittedOn) {

  /** 场所权属. */
  public enum Premises {
    OWNED("自有"),
    LEASED("租赁"),
    PUBLIC("公建民营");

    private final String label;

    Premises(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
