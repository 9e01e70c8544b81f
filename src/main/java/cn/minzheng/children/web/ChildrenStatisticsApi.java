package cn.minzheng.children.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 儿童福利统计 for staff systems: the figures of the statistics page, the same roles and scope. */
@RestController
@Tag(name = "儿童福利·统计", description = "按月、类别、区县的人次与金额，保护网络覆盖，保护个案按阶段")
class ChildrenStatisticsApi {

  private final ChildrenStatisticsPage page;
  private final ChildrenRoles roles;

  ChildrenStatisticsApi(ChildrenStatisticsPage page, ChildrenRoles roles) {
    this.page = page;
    this.roles = roles;
  }

  @Operation(summary = "儿童福利统计：按月、类别、区县的人次与金额，保护网络覆盖，保护个案按阶段")
  @GetMapping("/api/v1/children/statistics")
  ChildrenStatisticsPage.Figures figures(
      @Parameter(description = "起始月 yyyy-MM，缺省为截止月前五个月") @RequestParam(required = false)
          @Nullable String from,
      @Parameter(description = "截止月 yyyy-MM（含），缺省为本月") @RequestParam(required = false)
          @Nullable String to) {
    roles.require(ChildrenRoles.PROTECTION);
    return page.figures(from, to);
  }
}
