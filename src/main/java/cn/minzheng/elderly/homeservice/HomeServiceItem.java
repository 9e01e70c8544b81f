package cn.minzheng.elderly.homeservice;

/** What a home visit provides (brief: cleaning, emotional comfort, ...). */
public enum HomeServiceItem {
  CLEANING("助洁"),
  BATHING("助浴"),
  MEALS("助餐送餐"),
  MEDICAL("助医陪诊"),
  COMFORT("精神慰藉"),
  ERRANDS("代办代购");

  private final String label;

  HomeServiceItem(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
