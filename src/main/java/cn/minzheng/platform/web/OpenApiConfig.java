package cn.minzheng.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.ApplicationModule;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * OpenAPI metadata of {@code /api/v1}: service accounts authenticate with a bearer token. Every
 * operation is tagged with its module's Chinese name (the {@code displayName} of the module's
 * {@code package-info.java}, so a new module's API is grouped without configuration), gets an
 * operation id from its controller and method, and lists the problem-details answers that {@link
 * ApiProblemHandler} and the security chain give every {@code /api/v1} endpoint.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  static final String BEARER = "bearerToken";
  static final String PROBLEM = "ProblemDetail";
  static final String PROBLEM_JSON = "application/problem+json";

  /** The answers every endpoint may give, whatever it does. */
  private static final Map<String, String> COMMON_PROBLEMS =
      Map.of(
          "400", "请求参数或请求体无效（字段名见 field / errors）",
          "401", "未认证：未登录或访问令牌无效",
          "403", "当前身份无权执行此操作");

  private static final String REFUSED = "业务规则不允许（detail 说明原因，field 指出字段，code 为规则代码）";

  private static final String NOT_FOUND = "记录不存在，或不在调用方的数据范围内";

  @Bean
  OpenAPI minzhengOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("智慧民政一体化平台 API")
                .version("v1")
                .description(
                    "其他部门系统以服务账号令牌（Authorization: Bearer <token>）调用；"
                        + "工作人员可使用登录会话。错误按 RFC 9457 problem details 返回。"
                        + "分页：page 从 1 开始，size 每页条数，返回 items、page、size、total、totalPages。"
                        + "创建类命令接受 Idempotency-Key；可编辑的记录以 ETag / If-Match 防止覆盖他人的修改。"))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("服务账号令牌，仅在创建时显示一次"))
                .addSchemas(PROBLEM, problemSchema()))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  /** RFC 9457 with the platform's extensions: the field at fault and the list of field errors. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> problemSchema() {
    ObjectSchema fieldError = new ObjectSchema();
    fieldError.addProperty("field", new StringSchema().description("字段"));
    fieldError.addProperty("message", new StringSchema().description("中文提示"));
    ObjectSchema problem = new ObjectSchema();
    problem.description("RFC 9457 问题详情");
    problem.addProperty("type", new StringSchema().description("问题类型 URI"));
    problem.addProperty("title", new StringSchema().description("标题"));
    problem.addProperty("status", new IntegerSchema().description("HTTP 状态码"));
    problem.addProperty("detail", new StringSchema().description("中文说明"));
    problem.addProperty("instance", new StringSchema().description("出错的请求"));
    problem.addProperty("field", new StringSchema().description("出错的字段"));
    problem.addProperty("code", new StringSchema().description("规则代码，客户端可据此分支"));
    Schema errors = new io.swagger.v3.oas.models.media.ArraySchema().items(fieldError);
    problem.addProperty("errors", errors.description("逐字段的校验错误"));
    problem.setAdditionalProperties(true);
    return problem;
  }

  @Bean
  GlobalOperationCustomizer moduleTagsAndProblems() {
    return (operation, handler) -> {
      moduleOf(handler).ifPresent(module -> operation.setTags(new ArrayList<>(List.of(module))));
      if (!hasExplicitId(handler)) {
        operation.setOperationId(operationId(handler));
      }
      addProblems(operation, handler);
      return operation;
    };
  }

  /** The tag list in module order, one per module that has operations. */
  @Bean
  GlobalOpenApiCustomizer moduleTagList() {
    return openApi -> {
      Map<String, Tag> tags = new LinkedHashMap<>();
      if (openApi.getPaths() != null) {
        openApi.getPaths().values().stream()
            .flatMap(path -> path.readOperations().stream())
            .flatMap(
                op ->
                    op.getTags() == null ? java.util.stream.Stream.empty() : op.getTags().stream())
            .sorted(Comparator.naturalOrder())
            .forEach(
                name -> tags.putIfAbsent(name, new Tag().name(name).description(name + "模块的接口")));
      }
      openApi.setTags(new ArrayList<>(tags.values()));
      // springdoc derives a schema of the same name from Spring's ProblemDetail class wherever an
      // operation names it; the answers carry the platform's members (field, errors) as well.
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
    };
  }

  static Optional<String> moduleOf(HandlerMethod handler) {
    String name = handler.getBeanType().getPackageName();
    if (!name.startsWith("cn.minzheng.")) {
      return Optional.empty();
    }
    String[] parts = name.split("\\.");
    String module = parts[0] + "." + parts[1] + "." + parts[2];
    try {
      ApplicationModule annotation =
          Class.forName(module + ".package-info").getAnnotation(ApplicationModule.class);
      return Optional.ofNullable(annotation)
          .map(ApplicationModule::displayName)
          .filter(s -> !s.isBlank());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static boolean hasExplicitId(HandlerMethod handler) {
    io.swagger.v3.oas.annotations.Operation annotation =
        handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
    return annotation != null && !annotation.operationId().isBlank();
  }

  /** {@code RosterApi.draft} → {@code rosterDraft}: unique, stable, readable in a client. */
  static String operationId(HandlerMethod handler) {
    String type = handler.getBeanType().getSimpleName().replaceAll("(Api|Controller)$", "");
    String method = handler.getMethod().getName();
    return Character.toLowerCase(type.charAt(0))
        + type.substring(1)
        + Character.toUpperCase(method.charAt(0))
        + method.substring(1);
  }

  private static void addProblems(Operation operation, HandlerMethod handler) {
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    for (Map.Entry<String, String> problem : COMMON_PROBLEMS.entrySet()) {
      responses.putIfAbsent(problem.getKey(), problemResponse(problem.getValue()));
    }
    if (hasPathVariable(handler)) {
      responses.putIfAbsent("404", problemResponse(NOT_FOUND));
    }
    if (changes(handler)) {
      responses.putIfAbsent("422", problemResponse(REFUSED));
    }
    // springdoc documents an answer it cannot see as "*/*"; problems are application/problem+json.
    responses.forEach(
        (status, response) -> {
          if (status.startsWith("4") || status.startsWith("5")) {
            response.setContent(problemContent());
          }
        });
  }

  /** A command (not a read) may be refused by a rule of its module. */
  private static boolean changes(HandlerMethod handler) {
    RequestMapping mapping = handler.getMethodAnnotation(RequestMapping.class);
    return mapping != null && Arrays.stream(mapping.method()).anyMatch(m -> m != RequestMethod.GET);
  }

  private static boolean hasPathVariable(HandlerMethod handler) {
    return Arrays.stream(handler.getMethodParameters())
        .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
  }

  private static ApiResponse problemResponse(String description) {
    return new ApiResponse().description(description).content(problemContent());
  }

  private static Content problemContent() {
    return new Content()
        .addMediaType(
            PROBLEM_JSON,
            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
  }
}
