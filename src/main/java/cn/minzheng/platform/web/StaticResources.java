package cn.minzheng.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own paths only: {@code /css/**}, {@code /js/**} and {@code /webjars/**}
 * (versionless WebJar paths). Spring Boot's default maps {@code /**} to the static folders; then
 * every link a page renders ({@code @{/portal/marriage/book}}) was first looked up as a possible
 * static file in every jar of the classpath (a miss is not cached), which made link building the
 * largest cost of rendering a page. Boot's default mappings are off ({@code
 * spring.web.resources.add-mappings: false}).
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
    registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .resourceChain(true)
        .addResolver(new LiteWebJarsResourceResolver());
  }
}
