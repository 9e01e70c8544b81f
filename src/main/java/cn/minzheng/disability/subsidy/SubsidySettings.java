package cn.minzheng.disability.subsidy;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The city whose residents receive the subsidies, and which categories of monitoring's low-income
 * register count for the living subsidy besides 低保 (国发〔2015〕52号: "有条件的地方可逐步扩大到低收入残疾人"; the city's
 * choice, configuration: empty means 低保 only).
 */
@Component
public class SubsidySettings {

  private final String cityCode;
  private final List<String> lowIncomeCategories;

  SubsidySettings(
      @Value("${minzheng.disability.city-code:510100000000}") String cityCode,
      @Value(
              "${minzheng.disability.living-subsidy.low-income-categories:MARGINAL,RIGID_EXPENDITURE}")
          String lowIncomeCategories) {
    this.cityCode = cityCode;
    this.lowIncomeCategories =
        Arrays.stream(lowIncomeCategories.split(","))
            .map(String::strip)
            .filter(c -> !c.isEmpty())
            .toList();
  }

  /** LIKE pattern of the city's region codes. */
  String cityPattern() {
    return cityCode.substring(0, 4) + "%";
  }

  /**
   * The register categories (monitoring's {@code RegisterCategory} names) of the living subsidy.
   */
  String[] lowIncomeCategories() {
    return lowIncomeCategories.toArray(String[]::new);
  }
}
