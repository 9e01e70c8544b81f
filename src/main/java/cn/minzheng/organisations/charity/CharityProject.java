package cn.minzheng.organisations.charity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A community charity project (社区慈善项目); a brand project has the day it was recognised. */
public record CharityProject(
    long id,
    String name,
    @Nullable Long organisationId,
    @Nullable String organisationName,
    String regionCode,
    String field,
    LocalDate startedOn,
    int beneficiaries,
    @Nullable LocalDate brandOn,
    @Nullable LocalDate endedOn) {

  /** The fields a project serves, with their labels. */
  public enum Field {
    ELDERLY("扶老助老"),
    CHILDREN("儿童关爱"),
    DISABILITY("助残"),
    POVERTY("济困"),
    COMMUNITY("社区治理与邻里互助"),
    OTHER("其他");

    private final String label;

    Field(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public String fieldLabel() {
    return Field.valueOf(field).label();
  }

  public boolean brand() {
    return brandOn != null;
  }
}
