package cn.minzheng.assistance.web;

import cn.minzheng.assistance.StandardInForce;
import cn.minzheng.assistance.standards.EffectiveDateRule;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleAmount;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The form of a new standard version; {@link #toStandard} names every bad field in Chinese. */
public class StandardForm {

  private String areaCode;
  private String effectiveFrom;
  private String dibaoStandard;
  private String minimumPerPerson = "10";
  private String tekunMultiplier = "1.3";
  private String careSelf = "0";
  private String carePartial = "300";
  private String careFull = "600";
  private boolean careConfirmed;
  private String linshiTownshipMultiple = "3";
  private String linshiCountyMultiple = "10";
  private String marginalMultiplier = "1.5";
  private String assetDepositMonths = "24";
  private String assetVehicleLimit = "50000";
  private boolean assetSecondHouse;
  private String basis;

  final List<String> errors = new ArrayList<>();

  static StandardForm from(StandardInForce s) {
    StandardForm f = new StandardForm();
    f.areaCode = s.areaCode();
    f.dibaoStandard = s.dibaoStandard().toPlainString();
    f.minimumPerPerson = s.minimumPerPerson().toPlainString();
    f.tekunMultiplier = s.tekunMultiplier().toPlainString();
    f.careSelf = s.careSelf().toPlainString();
    f.carePartial = s.carePartial().toPlainString();
    f.careFull = s.careFull().toPlainString();
    f.careConfirmed = s.careConfirmed();
    f.linshiTownshipMultiple = s.linshiTownshipMultiple().toPlainString();
    f.linshiCountyMultiple = s.linshiCountyMultiple().toPlainString();
    f.marginalMultiplier = s.marginalMultiplier().toPlainString();
    f.assetDepositMonths = Integer.toString(s.assetDepositMonths());
    f.assetVehicleLimit = s.assetVehicleLimit().toPlainString();
    f.assetSecondHouse = s.assetSecondHouse();
    return f;
  }

  /** The version, or null with {@link #errors} filled. */
  StandardInForce toStandard() {
    errors.clear();
    if (areaCode == null || !areaCode.matches("[0-9]{12}")) {
      errors.add("适用区域：请选择区（市）县或功能区");
    }
    LocalDate from = date(effectiveFrom);
    if (from != null) {
      EffectiveDateRule.violation(from).ifPresent(errors::add);
    }
    BigDecimal standard = amount("低保标准", dibaoStandard, true);
    BigDecimal minimum = amount("最低保障金额", minimumPerPerson, false);
    BigDecimal multiplier = multiple("特困基本生活倍数", tekunMultiplier);
    BigDecimal self = amount("全自理照料护理费", careSelf, false);
    BigDecimal partial = amount("半失能照料护理费", carePartial, false);
    BigDecimal full = amount("全失能照料护理费", careFull, false);
    BigDecimal township = multiple("临时救助乡镇审批倍数", linshiTownshipMultiple);
    BigDecimal county = multiple("临时救助县级审批倍数", linshiCountyMultiple);
    BigDecimal marginal = multiple("低保边缘倍数", marginalMultiplier);
    BigDecimal months = amount("存款上限（月数）", assetDepositMonths, false);
    BigDecimal vehicle = amount("车辆价值上限", assetVehicleLimit, false);
    if (basis == null || basis.isBlank()) {
      errors.add("依据：请填写文件依据");
    }
    if (multiplier != null && multiplier.compareTo(BigDecimal.ONE) < 0) {
      errors.add("特困基本生活倍数：不得小于1");
    }
    if (township != null && county != null && county.compareTo(township) < 0) {
      errors.add("临时救助县级审批倍数：不得小于乡镇审批倍数");
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new StandardInForce(
        areaCode,
        from,
        standard,
        minimum,
        multiplier,
        self,
        partial,
        full,
        careConfirmed,
        township,
        county,
        marginal,
        months.intValue(),
        vehicle,
        assetSecondHouse,
        basis.strip());
  }

  private LocalDate date(String value) {
    try {
      return PlausibleDate.parse(value == null ? "" : value, Span.ANY, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      errors.add("生效日期：" + e.getMessage());
      return null;
    }
  }

  /** Amounts are stored as numeric(10, 2), multipliers as numeric(5, 2): below these bounds. */
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

  private static final BigDecimal MAX_MULTIPLE = new BigDecimal("1000");

  private BigDecimal amount(String field, String value, boolean positive) {
    return number(field, value, positive, MAX_AMOUNT);
  }

  private BigDecimal multiple(String field, String value) {
    return number(field, value, true, MAX_MULTIPLE);
  }

  private BigDecimal number(String field, String value, boolean positive, BigDecimal max) {
    try {
      BigDecimal v = PlausibleAmount.parse(value == null ? "" : value);
      if (v.signum() < 0 || (positive && v.signum() == 0) || v.scale() > 2) {
        errors.add(field + "：须为" + (positive ? "大于0" : "不小于0") + "且最多两位小数的数字");
        return null;
      }
      if (v.compareTo(max) >= 0) {
        errors.add(field + "：须小于" + max.toPlainString());
        return null;
      }
      return v;
    } catch (ImplausibleValueException e) {
      errors.add(field + "：" + ("应为数字".equals(e.getMessage()) ? "请填写数字" : e.getMessage()));
      return null;
    }
  }

  // getters and setters for data binding

  public String getAreaCode() {
    return areaCode;
  }

  public void setAreaCode(String v) {
    areaCode = v;
  }

  public String getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(String v) {
    effectiveFrom = v;
  }

  public String getDibaoStandard() {
    return dibaoStandard;
  }

  public void setDibaoStandard(String v) {
    dibaoStandard = v;
  }

  public String getMinimumPerPerson() {
    return minimumPerPerson;
  }

  public void setMinimumPerPerson(String v) {
    minimumPerPerson = v;
  }

  public String getTekunMultiplier() {
    return tekunMultiplier;
  }

  public void setTekunMultiplier(String v) {
    tekunMultiplier = v;
  }

  public String getCareSelf() {
    return careSelf;
  }

  public void setCareSelf(String v) {
    careSelf = v;
  }

  public String getCarePartial() {
    return carePartial;
  }

  public void setCarePartial(String v) {
    carePartial = v;
  }

  public String getCareFull() {
    return careFull;
  }

  public void setCareFull(String v) {
    careFull = v;
  }

  public boolean isCareConfirmed() {
    return careConfirmed;
  }

  public void setCareConfirmed(boolean v) {
    careConfirmed = v;
  }

  public String getLinshiTownshipMultiple() {
    return linshiTownshipMultiple;
  }

  public void setLinshiTownshipMultiple(String v) {
    linshiTownshipMultiple = v;
  }

  public String getLinshiCountyMultiple() {
    return linshiCountyMultiple;
  }

  public void setLinshiCountyMultiple(String v) {
    linshiCountyMultiple = v;
  }

  public String getMarginalMultiplier() {
    return marginalMultiplier;
  }

  public void setMarginalMultiplier(String v) {
    marginalMultiplier = v;
  }

  public String getAssetDepositMonths() {
    return assetDepositMonths;
  }

  public void setAssetDepositMonths(String v) {
    assetDepositMonths = v;
  }

  public String getAssetVehicleLimit() {
    return assetVehicleLimit;
  }

  public void setAssetVehicleLimit(String v) {
    assetVehicleLimit = v;
  }

  public boolean isAssetSecondHouse() {
    return assetSecondHouse;
  }

  public void setAssetSecondHouse(boolean v) {
    assetSecondHouse = v;
  }

  public String getBasis() {
    return basis;
  }

  public void setBasis(String v) {
    basis = v;
  }

  public List<String> getErrors() {
    return errors;
  }
}
