package cn.minzheng.socialwork.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.socialwork.opendays.OpenDays;
import cn.minzheng.socialwork.opendays.OpenDays.OpenDay;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open days on the API: places and visitors per open day (no personal data), the same role rule as
 * the list page; an open day outside the caller's region answers 404.
 */
@RestController
class OpenDayApi {

  private final OpenDays openDays;
  private final DataScope scope;
  private final SocialWorkAccess access;

  OpenDayApi(OpenDays openDays, DataScope scope, SocialWorkAccess access) {
    this.openDays = openDays;
    this.scope = scope;
    this.access = access;
  }

  @Operation(summary = "分页查询社工站开放日")
  @GetMapping("/api/v1/socialwork/open-days")
  PageResult<OpenDay> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    access.require(SocialWorkAccess.OPEN_DAY_READ);
    return openDays.list(
        scope.current(), PageQuery.of(page, size, null, "desc", OpenDays.SORTS, "held_on"));
  }

  @Operation(summary = "读取开放日")
  @GetMapping("/api/v1/socialwork/open-days/{id}")
  OpenDay detail(@PathVariable long id) {
    access.require(SocialWorkAccess.OPEN_DAY_READ);
    OpenDay day = openDays.find(id).orElseThrow(() -> new RecordNotFoundException("open day"));
    scope.requireInScope(day.regionCode());
    return day;
  }
}
