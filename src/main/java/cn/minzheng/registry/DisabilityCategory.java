package cn.minzheng.registry;

/** 残疾类别 (GB/T 26341-2010); grades run from 1 (most severe) to 4. */
public enum DisabilityCategory {
  VISUAL("视力残疾"),
  HEARING("听力残疾"),
  SPEECH("言语残疾"),
  PHYSICAL("肢体残疾"),
  INTELLECTUAL("智力残疾"),
  MENTAL("精神残疾"),
  MULTIPLE("多重残疾");

  private final String label;

  DisabilityCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
