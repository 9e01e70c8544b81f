package cn.minzheng.disability.device;

/** A rental step refused for a reason the citizen or the point reads (Chinese message). */
public class DeviceRejected extends RuntimeException {

  public DeviceRejected(String message) {
    super(message);
  }
}
