package cn.minzheng.portal.account;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id for citizens' passwords (Spring Security 5.8 defaults: 16 MB, 2 iterations). Not a bean
 * of type PasswordEncoder, so that it never competes with the staff side's encoder.
 */
@Component
public class PortalPasswords {

  private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

  public PasswordEncoder encoder() {
    return encoder;
  }
}
