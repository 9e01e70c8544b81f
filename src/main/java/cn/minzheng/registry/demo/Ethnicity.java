package cn.minzheng.registry.demo;

/** The ethnic groups the demo population uses, with their GB/T 3304 codes. */
public enum Ethnicity {
  HAN("01", "汉族"),
  MONGOL("02", "蒙古族"),
  HUI("03", "回族"),
  TIBETAN("04", "藏族"),
  UYGHUR("05", "维吾尔族"),
  MIAO("06", "苗族"),
  YI("07", "彝族"),
  ZHUANG("08", "壮族"),
  MANCHU("11", "满族"),
  TUJIA("15", "土家族"),
  QIANG("33", "羌族");

  private final String code;
  private final String label;

  Ethnicity(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
