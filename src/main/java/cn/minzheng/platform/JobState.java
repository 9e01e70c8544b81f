package cn.minzheng.platform;

import org.springframework.modulith.NamedInterface;

/** Where a run of long work stands; stored as the constant's name in {@code platform.job_run}. */
@NamedInterface("jobs")
public enum JobState {
  RUNNING("运行中"),
  FINISHED("已完成"),
  FAILED("失败");

  private final String label;

  JobState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
