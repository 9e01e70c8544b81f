package cn.minzheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.security.RoleMatrix.StaffRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role matrix of docs/security.md, generated into tests (issue 14): every endpoint of the
 * platform has a row there, every row names an endpoint that exists, and every role the matrix
 * refuses gets 403 from the page and the API alike — except the cells listed under "Known
 * deviations", which must still deviate (a fixed one fails until it is taken off the list).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoleMatrixTest {

  static final String NO_RECORD = "987654321";

  static RoleMatrix matrix;

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @BeforeAll
  static void readDocument() throws Exception {
    matrix = RoleMatrix.read();
  }

  /** "METHOD /path" of every handler of the platform's own controllers. */
  private Map<String, HandlerMethod> endpoints() {
    Map<String, HandlerMethod> endpoints = new java.util.TreeMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      if (!e.getValue().getBeanType().getName().startsWith("cn.minzheng.")) {
        continue;
      }
      Set<String> methods =
          e.getKey().getMethodsCondition().getMethods().stream()
              .map(Enum::name)
              .collect(Collectors.toCollection(TreeSet::new));
      if (methods.isEmpty()) {
        methods = Set.of("ANY");
      }
      for (String method : methods) {
        for (String path : e.getKey().getPatternValues()) {
          endpoints.put(method + " " + path, e.getValue());
        }
      }
    }
    return endpoints;
  }

  private Set<String> documented() {
    Set<String> keys = new TreeSet<>();
    matrix.staff().forEach(r -> keys.add(r.method() + " " + r.path()));
    matrix.others().forEach(r -> keys.add(r.method() + " " + r.path()));
    return keys;
  }

  @Test
  void everyEndpointHasARowInTheMatrix() {
    Set<String> missing = new TreeSet<>(endpoints().keySet());
    missing.removeAll(documented());
    assertThat(missing).as("endpoints without a row in docs/security.md (Role matrix)").isEmpty();
  }

  @Test
  void everyRowOfTheMatrixNamesAnEndpointThatExists() {
    Set<String> stale = new TreeSet<>();
    Set<String> existing = endpoints().keySet();
    matrix.staff().stream()
        .map(r -> r.method() + " " + r.path())
        .filter(k -> !existing.contains(k))
        .forEach(stale::add);
    matrix.others().stream()
        .filter(r -> !r.action().startsWith("("))
        .map(r -> r.method() + " " + r.path())
        .filter(k -> !existing.contains(k))
        .forEach(stale::add);
    assertThat(stale).as("rows of docs/security.md without an endpoint").isEmpty();
  }

  @Test
  void everyRoleTheMatrixRefusesGets403OnPageAndApiAlike() throws Exception {
    Map<String, HandlerMethod> endpoints = endpoints();
    Set<String> deviating = new TreeSet<>();
    matrix.deviations().forEach(d -> deviating.add(d.role() + " " + d.rowKey()));
    List<String> wrong = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    for (StaffRow row : matrix.staff()) {
      HandlerMethod handler = endpoints.get(row.method() + " " + row.path());
      for (Role role : RoleMatrix.COLUMNS) {
        if (row.allowed().get(role) || handler == null) {
          continue;
        }
        int status = statusOf(request(row, handler, role));
        boolean known = deviating.contains(role + " " + row.key());
        if (status != 403 && !known) {
          wrong.add(role + " " + row.key() + " answered " + status);
        } else if (status == 403 && known) {
          fixed.add(role + " " + row.key());
        }
      }
    }
    assertThat(wrong).as("refused by the matrix, not by the code").isEmpty();
    assertThat(fixed)
        .as("fixed: take these off \"Known deviations\" in docs/security.md")
        .isEmpty();
  }

  /** The answer's status; a request the handler could not even take counts as 500. */
  private int statusOf(AbstractMockHttpServletRequestBuilder<?> request) {
    try {
      return mvc.perform(request).andReturn().getResponse().getStatus();
    } catch (Exception e) {
      return 500;
    }
  }

  private static AbstractMockHttpServletRequestBuilder<?> request(
      StaffRow row, HandlerMethod handler, Role role) {
    String path = row.path();
    if (row.selectorName() != null) {
      path = path.replace("{" + row.selectorName() + "}", row.selectorValue());
    }
    // A record that never exists: the answer does not depend on what other tests created.
    path = path.replaceAll("\\{[^}]+}", NO_RECORD);
    MockMultipartHttpServletRequestBuilder upload =
        Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()))
            ? MockMvcRequestBuilders.multipart(HttpMethod.valueOf(row.method()), path)
            : null;
    AbstractMockHttpServletRequestBuilder<?> request =
        upload != null
            ? upload
            : MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), path);
    request.with(authentication(StaffAuthentication.of(staff(role)))).with(csrf());
    if (row.selectorName() != null && !row.path().contains("{" + row.selectorName() + "}")) {
      request.param(row.selectorName(), row.selectorValue());
    }
    // Required request parameters get a value of their type, so that the answer is the role's and
    // not a missing parameter's.
    for (MethodParameter parameter : handler.getMethodParameters()) {
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      if (param == null || !param.required() || !param.defaultValue().startsWith("\n")) {
        continue;
      }
      String name = param.name().isEmpty() ? param.value() : param.name();
      name = name.isEmpty() ? parameter.getParameterName() : name;
      if (name == null || name.equals(row.selectorName())) {
        continue;
      }
      if (upload != null && MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
        upload.file(new MockMultipartFile(name, "matrix.csv", "text/csv", new byte[] {'x'}));
      } else {
        request.param(name, sample(parameter.getParameterType()));
      }
    }
    if (row.path().startsWith("/api/") && upload == null) {
      request.contentType("application/json").content("{}");
    }
    return request;
  }

  private static String sample(Class<?> type) {
    if (type == LocalDate.class) {
      return "2026-01-05";
    }
    if (type == YearMonth.class) {
      return "2026-01";
    }
    if (type.isEnum()) {
      return ((Enum<?>) type.getEnumConstants()[0]).name();
    }
    if (type == boolean.class || type == Boolean.class) {
      return "false";
    }
    return NO_RECORD;
  }

  private static StaffUser staff(Role role) {
    return new StaffUser(
        -4000 - role.ordinal(),
        "matrix_" + role.name().toLowerCase(),
        "矩阵测试",
        "510100000000",
        Set.of(role));
  }
}
