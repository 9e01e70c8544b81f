package cn.minzheng.registry.web;

import cn.minzheng.registry.domain.person.PersonDetail;
import cn.minzheng.registry.domain.person.PersonForm;
import cn.minzheng.registry.domain.person.PersonQueries;
import cn.minzheng.registry.domain.person.PersonService;
import cn.minzheng.registry.domain.search.PageResult;
import cn.minzheng.registry.domain.search.PersonCriteria;
import cn.minzheng.registry.domain.search.PersonListItem;
import cn.minzheng.registry.domain.search.PersonSearch;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API of persons, under the same data scope as the pages. Updates take the version from
 * {@code If-Match} (optimistic locking); without it the request applies to the current version.
 */
@RestController
@RequestMapping("/api/v1/persons")
class PersonApi {

  private final PersonSearch search;
  private final PersonQueries queries;
  private final PersonService service;
  private final RegistryAccess access;

  PersonApi(
      PersonSearch search, PersonQueries queries, PersonService service, RegistryAccess access) {
    this.search = search;
    this.queries = queries;
    this.service = service;
    this.access = access;
  }

  /**
   * The list without an ID number. An ID number in the address is refused: proxies and access logs
   * keep addresses, so searching by ID number is {@code POST /api/v1/persons/search}.
   */
  @Operation(summary = "按条件分页查询人员")
  @GetMapping
  PageResult<PersonListItem> list(
      @RequestParam(required = false) String idNumber,
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "false") boolean fuzzy,
      @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String householdNumber,
      @RequestParam(required = false) String lifeStatus,
      @RequestParam(defaultValue = "id") String sort,
      @RequestParam(defaultValue = "desc") String direction,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    access.requireStaff();
    if (idNumber != null) {
      throw RegistryValidationException.of(
          "idNumber", "身份证号不在地址中传递：请用 POST /api/v1/persons/search 在请求体中查询");
    }
    return search(
        new Search(
            null,
            name,
            fuzzy,
            regionCode,
            householdNumber,
            lifeStatus,
            sort,
            direction,
            page,
            size));
  }

  /** The person search with the ID number in the body; the same filters as the list. */
  @Operation(summary = "按身份证号等条件检索人员（号码在请求体中）")
  @PostMapping("/search")
  PageResult<PersonListItem> search(@RequestBody Search body) {
    access.requireStaff();
    return search.search(
        new PersonCriteria(
            body.idNumber(),
            body.name(),
            Boolean.TRUE.equals(body.fuzzy()),
            body.regionCode(),
            body.householdNumber(),
            body.lifeStatus(),
            body.sort() == null ? "id" : body.sort(),
            !"asc".equalsIgnoreCase(body.direction()),
            body.page() == null ? 0 : body.page(),
            body.size() == null ? 20 : body.size()));
  }

  /** A person search; every field optional. */
  record Search(
      @Nullable String idNumber,
      @Nullable String name,
      @Nullable Boolean fuzzy,
      @Nullable String regionCode,
      @Nullable String householdNumber,
      @Nullable String lifeStatus,
      @Nullable String sort,
      @Nullable String direction,
      @Nullable Integer page,
      @Nullable Integer size) {}

  @Operation(summary = "读取人员详情")
  @GetMapping("/{id}")
  PersonDetail get(@PathVariable long id) {
    access.requireStaff();
    return queries.detail(id);
  }

  @Operation(summary = "新增人员")
  @PostMapping
  ResponseEntity<PersonDetail> create(@RequestBody PersonForm form) {
    access.requireStaff();
    long id = service.create(form);
    return ResponseEntity.created(URI.create("/api/v1/persons/" + id)).body(queries.detail(id));
  }

  @Operation(summary = "整体更新人员（需 If-Match）")
  @PutMapping("/{id}")
  PersonDetail replace(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PersonForm form) {
    return update(id, ifMatch, form, false);
  }

  @Operation(summary = "部分更新人员（需 If-Match）")
  @PatchMapping("/{id}")
  PersonDetail patch(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PersonForm form) {
    return update(id, ifMatch, form, true);
  }

  private PersonDetail update(long id, String ifMatch, PersonForm form, boolean partial) {
    access.requireStaff();
    int version = queries.detail(id).version();
    if (ifMatch != null && !ifMatch.isBlank()) {
      try {
        version = Integer.parseInt(ifMatch.replace("\"", "").replace("W/", "").strip());
      } catch (NumberFormatException e) {
        throw RegistryValidationException.of("If-Match", "If-Match 应为记录的版本号，如 \"3\"");
      }
    }
    service.update(id, version, form, partial);
    return queries.detail(id);
  }
}
