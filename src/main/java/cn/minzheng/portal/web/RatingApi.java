package cn.minzheng.portal.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageResult;
import cn.minzheng.portal.ratings.ServiceRatings;
import cn.minzheng.portal.ratings.ServiceRatings.Rating;
import cn.minzheng.portal.ratings.ServiceRatings.Summary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 好差评 for the staff's systems: the same rows, filters and scope as the page. */
@RestController
class RatingApi {

  private final ServiceRatings ratings;
  private final CurrentUser currentUser;
  private final DataScope scope;

  RatingApi(ServiceRatings ratings, CurrentUser currentUser, DataScope scope) {
    this.ratings = ratings;
    this.currentUser = currentUser;
    this.scope = scope;
  }

  @Operation(summary = "逐条评价", description = "本辖区办理单位的评价，分页；可按事项、办理单位、星级筛选。")
  @GetMapping("/api/v1/portal/ratings")
  PageResult<Rating> list(
      @Parameter(description = "服务事项代码（见逐条评价的 service）") @RequestParam(required = false)
          @Nullable String service,
      @Parameter(description = "办理单位名称的一部分") @RequestParam(required = false)
          @Nullable String office,
      @Parameter(description = "星级 1-5") @RequestParam(required = false) @Nullable Integer stars,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir) {
    RatingStaff.require(currentUser);
    return ratings.list(
        scope.current(),
        RatingStaff.filter(service, office, stars),
        RatingStaff.page(page, size, sort, dir));
  }

  @Operation(summary = "按事项和办理单位汇总", description = "已评价数、平均星级、差评（1-2星）数。")
  @GetMapping("/api/v1/portal/ratings/summary")
  List<Summary> summary(
      @RequestParam(required = false) @Nullable String service,
      @RequestParam(required = false) @Nullable String office) {
    RatingStaff.require(currentUser);
    return ratings.summary(scope.current(), RatingStaff.filter(service, office, null));
  }
}
