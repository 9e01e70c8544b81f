package cn.minzheng.platform;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * What the city's app may do for a citizen who consents: one scope per service, each shown to the
 * citizen in words on the consent page and in 我的信息.
 */
@NamedInterface("security")
public enum AppScope {
  BOOKING("booking", "预约", "查看、预约、改约和取消您的婚姻登记等预约"),
  APPLICATIONS("applications", "申请", "查看您提交的救助申请及其办理进度"),
  MESSAGES("messages", "消息", "查看民政部门发给您的消息");

  private final String value;
  private final String label;
  private final String description;

  AppScope(String value, String label, String description) {
    this.value = value;
    this.label = label;
    this.description = description;
  }

  /** The scope as it appears in the token ({@code scope} claim). */
  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  public static Optional<AppScope> of(String value) {
    return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
  }
}
