package cn.minzheng.funeral.web;

import cn.minzheng.funeral.unidentified.BodyState;
import cn.minzheng.funeral.unidentified.UnidentifiedBodies;
import cn.minzheng.funeral.unidentified.UnidentifiedBody;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 无名遗体 in the API, with the pages' role rule (district bureau, city) and region scope: a body
 * outside the caller's subtree answers 404 (problem details); a read of one is audited.
 */
@RestController
class UnidentifiedBodyApi {

  private final UnidentifiedBodies bodies;
  private final FuneralAccess access;
  private final DataScope scope;
  private final AuditLog audit;

  UnidentifiedBodyApi(
      UnidentifiedBodies bodies, FuneralAccess access, DataScope scope, AuditLog audit) {
    this.bodies = bodies;
    this.access = access;
    this.scope = scope;
    this.audit = audit;
  }

  /** The bodies of the caller's region, optionally of one state (NOTICE, IDENTIFIED, DISPOSED). */
  @Operation(summary = "分页查询无名遗体")
  @GetMapping("/api/v1/funeral/unidentified-bodies")
  PageResult<UnidentifiedBody> list(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(FuneralAccess.UNIDENTIFIED);
    BodyState filter =
        Arrays.stream(BodyState.values())
            .filter(s -> s.name().equals(state))
            .findFirst()
            .orElse(null);
    return bodies.list(
        scope.current(),
        filter,
        PageQuery.of(page, size, null, "desc", UnidentifiedBodies.SORTS, "received_on"));
  }

  @Operation(summary = "读取无名遗体")
  @GetMapping("/api/v1/funeral/unidentified-bodies/{id}")
  UnidentifiedBody detail(@PathVariable long id) {
    access.require(FuneralAccess.UNIDENTIFIED);
    UnidentifiedBody body =
        bodies
            .find(id)
            .filter(b -> scope.permits(b.regionCode()))
            .orElseThrow(() -> new RecordNotFoundException("unidentified body " + id));
    audit.record(
        AuditEvent.success("funeral.unidentified.read", "unidentified_body", "" + id, "api"));
    return body;
  }
}
