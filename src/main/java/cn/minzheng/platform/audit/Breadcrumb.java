package cn.minzheng.platform.audit;

/** A breadcrumb of the layout ({@code label}, {@code path} read as bean properties). */
public record Breadcrumb(String label, String path) {

  public String getLabel() {
    return label;
  }

  public String getPath() {
    return path;
  }
}
