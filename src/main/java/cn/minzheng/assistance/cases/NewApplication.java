package cn.minzheng.assistance.cases;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.StandardInForce.CareLevel;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.AssistanceCase.LinshiKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An application as filed at the street office: the applicant's household is taken from the
 * registry; incomes and assets per member as declared.
 *
 * @param includedPersonIds for single-person inclusion only: the members included
 */
public record NewApplication(
    AssistanceType type,
    Category category,
    String applicantIdNumber,
    Map<Long, BigDecimal> memberIncomes,
    Map<Long, String> memberAssets,
    Set<Long> includedPersonIds,
    String consentRef,
    LocalDate consentSignedOn,
    CareLevel careLevel,
    Boolean noAbleSupporter,
    LinshiKind linshiKind,
    BigDecimal oneOffAmount,
    List<Upload> attachments) {

  /** An uploaded file; its type is checked by content, not by name. */
  public record Upload(String fileName, byte[] content) {}
}
