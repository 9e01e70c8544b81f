package cn.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartsTest {

  @Autowired JdbcClient jdbc;

  @Test
  void runsOnPostgresql17AsTheNonOwnerApplicationRole() {
    String version = jdbc.sql("show server_version").query(String.class).single();
    String user = jdbc.sql("select current_user").query(String.class).single();
    assertThat(version).startsWith("17.");
    assertThat(user).isEqualTo("minzheng_app");
  }
}
