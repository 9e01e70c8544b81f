package cn.minzheng.platform;

import org.springframework.modulith.NamedInterface;

/** One step of the breadcrumb trail above a page; {@code path} null for the current page. */
@NamedInterface("shell")
public record Breadcrumb(String label, String path) {

  public static Breadcrumb here(String label) {
    return new Breadcrumb(label, null);
  }

  public static Breadcrumb link(String label, String path) {
    return new Breadcrumb(label, path);
  }
}
