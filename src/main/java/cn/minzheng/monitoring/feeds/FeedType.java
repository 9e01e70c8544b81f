package cn.minzheng.monitoring.feeds;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The departmental feeds. Every feed has the same four columns (身份证号, 日期, 金额, 说明); what the date,
 * amount and detail mean, and which are required, is the feed's documented schema (docs/feeds.md).
 */
public enum FeedType {
  HOUSEHOLD_EVENTS(
      "户籍变动（含死亡）", "公安局", Category.EVENT, "变动日期", null, "变动类型：死亡/迁入/迁出/户主变更", "死亡|迁入|迁出|户主变更"),
  PENSION_EMPLOYMENT(
      "养老金、就业与社保", "人力资源和社会保障局", Category.INCOME, "所属月份", "月收入（元）", "项目：养老金/工资/失业金及单位", null),
  PROPERTY("不动产登记", "住房和城乡建设局", Category.ASSET, "登记日期", "评估价值（元）", "坐落地址", null),
  VEHICLE("机动车登记", "公安局交通管理局", Category.ASSET, "登记日期", "车辆价值（元）", "号牌号码", null),
  TAX_INCOME("个人所得税收入", "税务局", Category.INCOME, "所属月份", "月收入（元）", "所得项目及扣缴单位", null),
  HOUSING_FUND("住房公积金", "住房公积金管理中心", Category.ASSET, "余额日期", "账户余额（元）", "缴存单位", null),
  BUSINESS("经营主体", "市场监督管理局", Category.ASSET, "登记日期", "认缴出资（元）", "统一社会信用代码或名称", null),
  MEDICAL_BILL("大额医疗费用", "医疗保障局", Category.EXPENSE, "结算日期", "个人自付（元）", "医疗机构", null),
  DISABILITY_RATING(
      "残疾评定",
      "残疾人联合会",
      Category.EVENT,
      "评定日期",
      null,
      "类别与等级，如“肢体二级”",
      "(视力|听力|言语|肢体|智力|精神|多重)[一二三四]级"),
  DEPOSITS("存款及金融资产", "银行及证券机构", Category.ASSET, "余额日期", "余额（元）", "机构名称", null),
  MEDICAL_SETTLEMENT("医保结算记录", "医疗保障局", Category.TRACE, "结算日期", null, "定点医药机构", null),
  PENSION_COLLECTION("养老金领取记录", "人力资源和社会保障局", Category.TRACE, "领取日期", null, "领取渠道或网点", null),
  HOSPITAL_VISIT("就诊记录", "卫生健康委员会", Category.TRACE, "就诊日期", null, "医疗机构", null),
  TRANSPORT_CARD("公交卡使用记录", "交通运输局（天府通）", Category.TRACE, "使用日期", null, "线路或站点", null),
  BANK_ACTIVITY("银行账户活动", "银行", Category.TRACE, "交易日期", null, "银行名称", null);

  /** How a verification and the warning rules read the amount. */
  public enum Category {
    /** amount = monthly income */
    INCOME,
    /** amount = value of an asset */
    ASSET,
    /** amount = a one-off expenditure */
    EXPENSE,
    /** no amount; the detail says what happened */
    EVENT,
    /** no amount: the person was seen alive on the date (静默认证 of the 高龄津贴) */
    TRACE
  }

  private final String label;
  private final String department;
  private final Category category;
  private final String dateMeaning;
  private final String amountMeaning;
  private final String detailMeaning;
  private final Pattern detailPattern;

  FeedType(
      String label,
      String department,
      Category category,
      String dateMeaning,
      String amountMeaning,
      String detailMeaning,
      String detailPattern) {
    this.label = label;
    this.department = department;
    this.category = category;
    this.dateMeaning = dateMeaning;
    this.amountMeaning = amountMeaning;
    this.detailMeaning = detailMeaning;
    this.detailPattern = detailPattern == null ? null : Pattern.compile(detailPattern);
  }

  public String label() {
    return label;
  }

  public String department() {
    return department;
  }

  public Category category() {
    return category;
  }

  public String dateMeaning() {
    return dateMeaning;
  }

  /** Null when the feed carries no amount. */
  public String amountMeaning() {
    return amountMeaning;
  }

  public boolean amountRequired() {
    return amountMeaning != null;
  }

  public String detailMeaning() {
    return detailMeaning;
  }

  /** Feeds whose detail is a code from a fixed list require it; the others take free text. */
  public boolean detailRequired() {
    return detailPattern != null;
  }

  public boolean detailValid(String detail) {
    return detailPattern == null || (detail != null && detailPattern.matcher(detail).matches());
  }

  /** The service-account scope that may deliver this feed, e.g. {@code monitoring:feed-vehicle}. */
  public String scope() {
    return "monitoring:feed-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<FeedType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }
}
