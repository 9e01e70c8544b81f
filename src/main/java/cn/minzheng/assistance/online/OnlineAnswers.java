package cn.minzheng.assistance.online;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.StandardInForce.CareLevel;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.AssistanceCase.LinshiKind;
import cn.minzheng.assistance.cases.NewApplication;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the answers of each step: the fields that fit the programme (特困 asks about the
 * support obligors, 临时救助 about the emergency and the amount asked), and no answer assumed: an empty
 * income is not 0 but a question not answered, named in its error. Field name to Chinese message.
 */
public final class OnlineAnswers {

  /**
   * The fields of the first step; the income step's are {@code income_<personId>}, savings,
   * property.
   */
  public static final List<String> HOUSEHOLD_FIELDS =
      List.of(
          "category",
          "careLevel",
          "supporters",
          "supportersNote",
          "linshiKind",
          "situation",
          "amountAsked");

  public static final List<String> ASSET_FIELDS = List.of("savings", "property");

  private static final int MAX_TEXT = 500;

  private OnlineAnswers() {}

  /** 法定赡养、抚养、扶养义务人 (特困人员认定办法): who could support the applicant. */
  public enum Supporters {
    NONE("无法定赡养、抚养、扶养义务人"),
    UNABLE("有法定义务人，但无履行义务能力"),
    ABLE("有法定义务人，且有履行义务能力");

    private final String label;

    Supporters(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The errors of the first step (申请人与家庭) for the programme. */
  public static Map<String, String> householdErrors(AssistanceType type, Map<String, String> a) {
    Map<String, String> errors = new LinkedHashMap<>();
    switch (type) {
      case DIBAO -> {
        Category c = parse(Category.class, a.get("category"));
        if (c == null || c == Category.SINGLE) {
          errors.put("category", "保障类别：请选择兜底型、扶持型或保护型");
        }
      }
      case TEKUN -> {
        if (parse(CareLevel.class, a.get("careLevel")) == null) {
          errors.put("careLevel", "生活自理能力：请选择全自理、半失能或全失能");
        }
        Supporters s = parse(Supporters.class, a.get("supporters"));
        if (s == null) {
          errors.put("supporters", "法定义务人：请选择是否有法定赡养、抚养、扶养义务人及其履行能力");
        } else if (s == Supporters.UNABLE && blank(a.get("supportersNote"))) {
          errors.put("supportersNote", "义务人情况：请说明义务人为何无履行义务能力（如重度残疾、特困、低保）");
        }
        tooLong(a, "supportersNote", "义务人情况", errors);
      }
      case LINSHI -> {
        if (parse(LinshiKind.class, a.get("linshiKind")) == null) {
          errors.put("linshiKind", "救助类型：请选择急难型或支出型");
        }
        String situation = a.getOrDefault("situation", "").strip();
        if (situation.length() < 4) {
          errors.put("situation", "困难情况：请说明遇到的急难情况或刚性支出（至少4个字）");
        }
        tooLong(a, "situation", "困难情况", errors);
        amount(a.get("amountAsked"), "申请金额", true, errors, "amountAsked");
      }
      default -> errors.put("type", "救助项目：网上可申请低保、特困人员救助供养和临时救助");
    }
    return errors;
  }

  /** The errors of the second step (收入与财产): every member's income answered, 0 typed. */
  public static Map<String, String> incomeErrors(
      HouseholdSummary household, Map<String, String> a) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (HouseholdSummary.Member m : household.members()) {
      String field = "income_" + m.personId();
      String raw = a.get(field);
      if (blank(raw)) {
        errors.put(field, m.name() + "的月收入：请填写（没有收入请填0）");
      } else {
        amount(raw, m.name() + "的月收入", false, errors, field);
      }
    }
    if (blank(a.get("savings"))) {
      errors.put("savings", "存款及有价证券：请填写家庭合计金额（没有请填0）");
    } else {
      amount(a.get("savings"), "存款及有价证券", false, errors, "savings");
    }
    tooLong(a, "property", "房产、车辆等财产", errors);
    return errors;
  }

  /** The application the answers make; every step's errors are empty. */
  public static NewApplication application(
      AssistanceType type,
      HouseholdSummary household,
      Map<String, String> a,
      long accountId,
      LocalDate today) {
    Map<Long, BigDecimal> incomes = new HashMap<>();
    for (HouseholdSummary.Member m : household.members()) {
      incomes.put(m.personId(), new BigDecimal(a.get("income_" + m.personId()).strip()));
    }
    Map<Long, String> assets = new HashMap<>();
    Long head =
        household.headPersonId() != null
            ? household.headPersonId()
            : household.members().isEmpty() ? null : household.members().get(0).personId();
    if (head != null) {
      String property = a.getOrDefault("property", "").strip();
      assets.put(
          head,
          "存款及有价证券 "
              + a.get("savings").strip()
              + " 元"
              + (property.isEmpty() ? "" : "；" + property));
    }
    Supporters supporters = parse(Supporters.class, a.get("supporters"));
    return new NewApplication(
        type,
        type == AssistanceType.DIBAO ? parse(Category.class, a.get("category")) : null,
        null,
        incomes,
        assets,
        Set.of(),
        "电子授权-" + accountId + "-" + today,
        today,
        type == AssistanceType.TEKUN ? parse(CareLevel.class, a.get("careLevel")) : null,
        type == AssistanceType.TEKUN ? supporters != Supporters.ABLE : null,
        type == AssistanceType.LINSHI ? parse(LinshiKind.class, a.get("linshiKind")) : null,
        type == AssistanceType.LINSHI ? new BigDecimal(a.get("amountAsked").strip()) : null,
        List.of());
  }

  /** What the applicant said in words, for the case's history: obligors or the emergency. */
  public static @Nullable String statement(AssistanceType type, Map<String, String> a) {
    if (type == AssistanceType.TEKUN) {
      Supporters s = parse(Supporters.class, a.get("supporters"));
      String note = a.getOrDefault("supportersNote", "").strip();
      return s == null ? null : s.label() + (note.isEmpty() ? "" : "：" + note);
    }
    if (type == AssistanceType.LINSHI) {
      return a.getOrDefault("situation", "").strip();
    }
    return null;
  }

  private static void amount(
      @Nullable String raw,
      String label,
      boolean positive,
      Map<String, String> errors,
      String field) {
    if (blank(raw)) {
      errors.put(field, label + "：请填写");
      return;
    }
    try {
      BigDecimal value = PlausibleAmount.parse(raw);
      if (value.scale() > 2 || value.signum() < 0 || (positive && value.signum() == 0)) {
        errors.put(field, label + "：请填写" + (positive ? "大于0" : "不小于0") + "、最多两位小数的金额（元）");
      }
    } catch (ImplausibleValueException e) {
      errors.put(field, label + "：" + e.getMessage());
    }
  }

  private static void tooLong(
      Map<String, String> a, String field, String label, Map<String, String> errors) {
    if (a.getOrDefault(field, "").strip().length() > MAX_TEXT) {
      errors.put(field, label + "：最多" + MAX_TEXT + "字");
    }
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
