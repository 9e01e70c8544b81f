package cn.minzheng.platform.security.oauth;

import cn.minzheng.platform.AppScope;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OAuth2 flows in the OpenAPI document, so that Swagger UI at {@code /api/v1/docs} obtains
 * tokens itself: client credentials for a department's system, authorization code with PKCE for the
 * city's app (its client must list {@code /api/v1/swagger-ui/oauth2-redirect.html} as a redirect
 * address).
 */
@Configuration(proxyBeanMethods = false)
class OAuthOpenApi {

  static final String DEPARTMENT = "oauth2Department";
  static final String CITY_APP = "oauth2CityApp";

  @Bean
  GlobalOpenApiCustomizer oauthFlows() {
    return openApi -> {
      Scopes citizenScopes = new Scopes();
      for (AppScope scope : AppScope.values()) {
        citizenScopes.addString(scope.value(), scope.label() + "：" + scope.description());
      }
      openApi
          .getComponents()
          .addSecuritySchemes(
              DEPARTMENT,
              new SecurityScheme()
                  .type(SecurityScheme.Type.OAUTH2)
                  .description(
                      "部门系统：客户端凭证模式，向 /oauth2/token 以客户端标识和密钥换取 5 分钟有效的访问令牌；"
                          + "授权范围与服务账号相同（如 monitoring:feed-vehicle），由系统管理员登记客户端时授予。")
                  .flows(
                      new OAuthFlows()
                          .clientCredentials(
                              new OAuthFlow().tokenUrl("/oauth2/token").scopes(new Scopes()))))
          .addSecuritySchemes(
              CITY_APP,
              new SecurityScheme()
                  .type(SecurityScheme.Type.OAUTH2)
                  .description(
                      "城市应用代群众办理：授权码模式 + PKCE（S256），群众在本平台登录并逐项同意；"
                          + "只能调用 /api/v1/citizen/ 下与所同意服务对应的接口。")
                  .flows(
                      new OAuthFlows()
                          .authorizationCode(
                              new OAuthFlow()
                                  .authorizationUrl("/oauth2/authorize")
                                  .tokenUrl("/oauth2/token")
                                  .scopes(citizenScopes))));
      openApi.addSecurityItem(new SecurityRequirement().addList(DEPARTMENT));
      openApi.addSecurityItem(new SecurityRequirement().addList(CITY_APP));
    };
  }
}
