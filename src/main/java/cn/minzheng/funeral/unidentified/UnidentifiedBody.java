package cn.minzheng.funeral.unidentified;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An unidentified body as pages and the API show it. */
public record UnidentifiedBody(
    long id,
    String policeNoticeNo,
    String policeUnit,
    LocalDate foundOn,
    String foundPlace,
    String description,
    long facilityId,
    String facilityName,
    String regionCode,
    LocalDate receivedOn,
    int noticeDays,
    LocalDate noticeUntil,
    BodyState state,
    @Nullable Long identifiedPersonId,
    @Nullable String identifiedName,
    @Nullable LocalDate identifiedOn,
    @Nullable LocalDate disposedOn,
    @Nullable LocalDate ashesKeptUntil) {

  public String stateLabel() {
    return state.label();
  }

  /** The notice has ended unclaimed on {@code today}: the body may be cremated. */
  public boolean disposable(LocalDate today) {
    return state == BodyState.NOTICE && today.isAfter(noticeUntil);
  }
}
