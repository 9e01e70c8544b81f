package cn.minzheng.registry.web;

import cn.minzheng.platform.ZeroBasedPaging;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** This module's API lists that still count {@code page} from 0 (deprecated, still served). */
@Configuration(proxyBeanMethods = false)
class PersonListPaging implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new ZeroBasedPaging()).addPathPatterns(PATHS);
  }

  private static final String[] PATHS = {"/api/v1/persons", "/api/v1/persons/search"};
}
