package cn.minzheng.platform.account;

import cn.minzheng.platform.AddressFailures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts' failed sign-in steps per address: {@code platform.login_failure}. */
@Repository
class LoginFailures extends AddressFailures {

  LoginFailures(JdbcClient jdbc) {
    super(jdbc, "platform.login_failure");
  }
}
