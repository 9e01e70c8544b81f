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
import java.net.URI;
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

  @GetMapping
  PageResult<PersonListItem> search(
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
    return search.search(
        new PersonCriteria(
            idNumber,
            name,
            fuzzy,
            regionCode,
            householdNumber,
            lifeStatus,
            sort,
            !"asc".equalsIgnoreCase(direction),
            page,
            size));
  }

  @GetMapping("/{id}")
  PersonDetail get(@PathVariable long id) {
    access.requireStaff();
    return queries.detail(id);
  }

  @PostMapping
  ResponseEntity<PersonDetail> create(@RequestBody PersonForm form) {
    access.requireStaff();
    long id = service.create(form);
    return ResponseEntity.created(URI.create("/api/v1/persons/" + id)).body(queries.detail(id));
  }

  @PutMapping("/{id}")
  PersonDetail replace(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PersonForm form) {
    return update(id, ifMatch, form, false);
  }

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
