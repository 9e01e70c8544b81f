package cn.minzheng.registry;

import cn.minzheng.platform.InvalidInput;

/** A death report whose date cannot be right; the message is Chinese and names the field. */
public class DeathReportRejectedException extends InvalidInput {

  public DeathReportRejectedException(String field, String message) {
    super(field, message);
  }
}
