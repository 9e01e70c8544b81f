package cn.minzheng.elderly.institution;

/** Completeness of a filing; each message names the field in Chinese. */
final class FilingRules {

  private FilingRules() {}

  static void check(NewFiling f) {
    required(f.name(), "机构名称");
    required(f.address(), "地址");
    required(f.legalRepresentative(), "法定代表人");
    required(f.contactPhone(), "联系电话");
    if (f.regionCode() == null || !f.regionCode().matches("\\d{12}")) {
      throw new IllegalArgumentException("所在区划：须为12位区划代码");
    }
    if (f.premises() == null) {
      throw new IllegalArgumentException("场所权属：请选择");
    }
    if (f.totalBeds() < 0 || f.nursingBeds() < 0 || f.nursingBeds() > f.totalBeds()) {
      throw new IllegalArgumentException("护理型床位：不能超过床位总数");
    }
    if (!f.pledgeSigned()) {
      throw new IllegalArgumentException("承诺书：须签署依法执业承诺");
    }
    if (f.admittedOn() == null || f.submittedOn() == null) {
      throw new IllegalArgumentException("收住老人日期：不能为空");
    }
    if (f.submittedOn().isBefore(f.admittedOn())) {
      throw new IllegalArgumentException("收住老人日期：备案须在收住老人之后（10个工作日内）办理");
    }
  }

  private static void required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + "：不能为空");
    }
  }
}
