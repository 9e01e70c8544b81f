package cn.minzheng.portal.account;

import cn.minzheng.platform.AddressFailures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Citizens' failed sign-ins per account and address: {@code portal.login_failure}. */
@Repository
class CitizenLoginFailures extends AddressFailures {

  CitizenLoginFailures(JdbcClient jdbc) {
    super(jdbc, "portal.login_failure");
  }
}
