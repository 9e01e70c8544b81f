package cn.minzheng.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class EmbeddedDatabaseSettingsTest {

  @Autowired JdbcClient jdbc;

  @Test
  void aCommitIsOnDiskBeforeTheApplicationIsToldItSucceeded() {
    // The embedding library's default is off: a crash could lose commits already confirmed.
    assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
  }
}
