package cn.minzheng.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI metadata of {@code /api/v1}: service accounts authenticate with a bearer token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  static final String BEARER = "bearerToken";

  @Bean
  OpenAPI minzhengOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("智慧民政一体化平台 API")
                .version("v1")
                .description(
                    "其他部门系统以服务账号令牌（Authorization: Bearer <token>）调用；"
                        + "工作人员可使用登录会话。错误按 RFC 9457 problem details 返回。"))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("服务账号令牌，仅在创建时显示一次")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
