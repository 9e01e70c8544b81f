package cn.minzheng.elderly.web;

import cn.minzheng.elderly.institution.NewFiling;
import cn.minzheng.elderly.institution.NewFiling.Premises;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The 备案 form as posted, by the bureau's staff or by the institution's operator: one binding for
 * both pages. Unticked boxes and an empty nursing-bed field arrive as null.
 */
record FilingForm(
    String name,
    String creditCode,
    String address,
    String regionCode,
    String legalRepresentative,
    Premises premises,
    BigDecimal areaSqm,
    String contactPhone,
    Integer totalBeds,
    Integer nursingBeds,
    Boolean pledgeSigned,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admittedOn) {

  String region() {
    return regionCode == null ? "" : regionCode.strip();
  }

  /** The filing submitted today; the domain's {@code FilingRules} name any other missing field. */
  NewFiling submittedToday() {
    if (totalBeds == null) {
      throw new IllegalArgumentException("床位总数：不能为空");
    }
    return new NewFiling(
        name,
        creditCode,
        address,
        region(),
        legalRepresentative,
        premises,
        areaSqm,
        contactPhone,
        totalBeds,
        nursingBeds == null ? 0 : nursingBeds,
        Boolean.TRUE.equals(pledgeSigned),
        admittedOn,
        ChinaTime.today());
  }
}
