package cn.minzheng.rescue.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.rescue.intake.Identities;
import cn.minzheng.rescue.intake.Photos;
import cn.minzheng.rescue.intake.Photos.Photo;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A photo of an unidentified person, served with its checked image type only, never cached, to
 * staff whose scope holds the station that took it; every view is audited.
 */
@Controller
class PhotoPage {

  private final Photos photos;
  private final Identities identities;
  private final RescueAccess access;
  private final StationScope scope;
  private final AuditLog audit;

  PhotoPage(
      Photos photos,
      Identities identities,
      RescueAccess access,
      StationScope scope,
      AuditLog audit) {
    this.photos = photos;
    this.identities = identities;
    this.access = access;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping("/rescue/photos/{photoId}")
  ResponseEntity<byte[]> photo(@PathVariable long photoId) {
    access.require(RescueAccess.STATION);
    Photo photo =
        photos
            .find(photoId)
            .filter(
                p ->
                    identities
                        .find(p.unidentifiedId())
                        .filter(u -> scope.permitsStation(u.stationId()))
                        .isPresent())
            .orElseThrow(() -> new RecordNotFoundException("rescue photo " + photoId));
    audit.record(
        AuditEvent.success("rescue.photo.read", "rescue_photo", String.valueOf(photoId), null));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .cacheControl(CacheControl.noStore())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", "inline; filename=\"photo-" + photoId + "\"")
        .body(photo.content());
  }
}
