package cn.minzheng.platform.crypto;

import cn.minzheng.platform.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

  @Bean
  FieldCipher fieldCipher(
      CryptoProperties properties, @Value("${minzheng.demo.enabled:false}") boolean demo) {
    return new Sm4GcmFieldCipher(CryptoKeyResolver.resolve(properties, demo));
  }
}
