package cn.minzheng.socialwork.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.socialwork.governance.BodyKind;
import cn.minzheng.socialwork.governance.BodyStatus;
import cn.minzheng.socialwork.governance.GovernanceBodies;
import cn.minzheng.socialwork.governance.GovernanceBodies.Body;
import cn.minzheng.socialwork.governance.GovernanceBodies.BodyForm;
import cn.minzheng.socialwork.governance.GovernanceBodies.Meeting;
import cn.minzheng.socialwork.governance.GovernanceBodies.Member;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 居民自治组织 API: the same role rules and region scope as {@link GovernancePages}; a record outside the
 * caller's region answers 404, bad input 400 problem details naming the fields.
 */
@RestController
@Tag(name = "居民自治组织")
class GovernanceApi {

  private final GovernanceBodies bodies;
  private final DataScope scope;
  private final SocialWorkAccess access;

  GovernanceApi(GovernanceBodies bodies, DataScope scope, SocialWorkAccess access) {
    this.bodies = bodies;
    this.scope = scope;
    this.access = access;
  }

  record Detail(Body body, List<Member> members, List<Meeting> meetings) {}

  record MeetingRequest(
      @Nullable String heldOn, @Nullable String subject, @Nullable String attendees) {}

  record Created(long id) {}

  @Operation(summary = "居民自治组织列表", description = "本辖区的居民议事会、社区组织试点、小区复合型组织和社区公共服务试点。")
  @GetMapping("/api/v1/socialwork/governance")
  PageResult<Body> list(
      @Parameter(description = "类别 COUNCIL/ORGANISATION_PILOT/COMPOUND/SERVICE_PILOT")
          @RequestParam(required = false)
          String kind,
      @Parameter(description = "状态 PLANNED/ACTIVE/CONCLUDED") @RequestParam(required = false)
          String status,
      @Parameter(description = "名称包含") @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(SocialWorkAccess.STAFF);
    return bodies.page(
        scope.current(),
        BodyKind.parse(kind),
        BodyStatus.parse(status),
        q,
        PageQuery.of(page, size, null, null, GovernanceBodies.SORTS, "community_code"));
  }

  @Operation(
      summary = "居民自治组织详情",
      responses = {
        @ApiResponse(responseCode = "200", description = "记录、成员与会议"),
        @ApiResponse(responseCode = "404", description = "不存在或不在本辖区")
      })
  @GetMapping("/api/v1/socialwork/governance/{id}")
  Detail detail(@PathVariable long id) {
    access.require(SocialWorkAccess.STAFF);
    Body body = visible(id);
    return new Detail(body, bodies.members(id), bodies.meetings(id));
  }

  @Operation(
      summary = "登记居民自治组织",
      responses = {
        @ApiResponse(responseCode = "201", description = "已登记"),
        @ApiResponse(
            responseCode = "400",
            description = "输入有误，errors 列出字段",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
      })
  @PostMapping("/api/v1/socialwork/governance")
  ResponseEntity<Created> create(@RequestBody(required = false) @Nullable BodyForm body) {
    StaffUser user = access.require(SocialWorkAccess.STAFF);
    BodyForm form = body == null ? new BodyForm(null, null, null, null, null) : body;
    long id = bodies.create(form, scope::permits, user.username());
    return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
  }

  @Operation(
      summary = "记录会议",
      description = "已召开的会议：日期不晚于今天，参会人数1至10000。",
      responses = {
        @ApiResponse(responseCode = "201", description = "已记录"),
        @ApiResponse(
            responseCode = "400",
            description = "输入有误，errors 列出字段",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class))),
        @ApiResponse(responseCode = "404", description = "不存在或不在本辖区")
      })
  @PostMapping("/api/v1/socialwork/governance/{id}/meetings")
  ResponseEntity<Created> meeting(
      @PathVariable long id, @RequestBody(required = false) @Nullable MeetingRequest body) {
    access.require(SocialWorkAccess.STAFF);
    Body found = visible(id);
    long meeting =
        bodies.addMeeting(
            found,
            body == null ? null : body.heldOn(),
            body == null ? null : body.subject(),
            body == null ? null : body.attendees());
    return ResponseEntity.status(HttpStatus.CREATED).body(new Created(meeting));
  }

  private Body visible(long id) {
    Body body = bodies.find(id).orElseThrow(() -> new RecordNotFoundException("governance body"));
    scope.requireInScope(body.communityCode());
    return body;
  }
}
