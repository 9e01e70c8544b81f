package cn.minzheng.region.web;

import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.domain.RegionTree;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API of the division tree. Unknown codes answer 404 as an RFC 9457 problem detail. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApi {

  static final int MAX_PAGE_SIZE = 500;

  private final RegionTree tree;
  private final RegionPages pages;

  RegionApi(RegionTree tree, RegionPages pages) {
    this.tree = tree;
    this.pages = pages;
  }

  /** All nodes, optionally of one level, by code, paged. */
  @Operation(summary = "分页查询行政区划")
  @GetMapping
  RegionPage list(
      @RequestParam(required = false) RegionLevel level,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    pages.requireStaff();
    int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    int pageNumber = Math.max(0, page);
    List<RegionNode> all =
        tree.all().stream().filter(n -> level == null || n.level() == level).toList();
    List<RegionView> items =
        all.stream()
            .skip((long) pageNumber * pageSize)
            .limit(pageSize)
            .map(n -> RegionView.of(n, RegionPages.today()))
            .toList();
    return new RegionPage(items, pageNumber, pageSize, all.size());
  }

  @Operation(summary = "读取行政区划节点")
  @GetMapping("/{code}")
  RegionView one(@PathVariable String code) {
    pages.requireStaff();
    return RegionView.of(found(code), RegionPages.today());
  }

  @Operation(summary = "读取行政区划的下级节点")
  @GetMapping("/{code}/children")
  List<RegionView> children(@PathVariable String code) {
    pages.requireStaff();
    found(code);
    return tree.children(code).stream().map(n -> RegionView.of(n, RegionPages.today())).toList();
  }

  private RegionNode found(String code) {
    return tree.find(code).orElseThrow(() -> new RecordNotFoundException("region node"));
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    problem.setTitle("区划不存在");
    problem.setDetail("没有该代码的行政区划");
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  /** One page of nodes. */
  record RegionPage(List<RegionView> items, int page, int size, long total) {}
}
