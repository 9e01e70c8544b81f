package cn.minzheng.registry;

import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 23: the registry's published view carries the marital status (a marriage booking checks it
 * in its own statement), and it follows every change at once: the person as registered, the command
 * a marriage or divorce registration sends, and back.
 */
@SpringBootTest
class PublishedMaritalStatusTest {

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands commands;
  @Autowired JdbcClient jdbc;

  private String published(long personId) {
    return jdbc.sql("select marital_status from registry.person_fact where id = ?")
        .param(personId)
        .query(String.class)
        .single();
  }

  private void change(long personId, MaritalStatus status) {
    RegistryTestData.as(
        RegistryTestData.auth(RegistryTestData.COMMUNITY, Role.CITY_ADMIN),
        () -> {
          commands.changeMaritalStatus(personId, status, LocalDate.of(2026, 3, 2), "MARRIAGE");
          return null;
        });
  }

  @Test
  void theViewShowsTheStatusAsRegisteredAndFollowsEachCommand() {
    long id =
        registry
            .person(
                uniqueIdNumber(true), "婚况测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED)
            .id();
    assertThat(published(id)).isEqualTo("UNMARRIED");

    change(id, MaritalStatus.MARRIED);
    assertThat(published(id)).isEqualTo("MARRIED");

    change(id, MaritalStatus.DIVORCED);
    assertThat(published(id)).isEqualTo("DIVORCED");
  }

  @Test
  void aPersonRegisteredWithoutAStatusIsPublishedAsUnknown() {
    long id = registry.person(uniqueIdNumber(false), "婚况测试", RegistryTestData.COMMUNITY).id();
    assertThat(published(id)).isEqualTo("UNKNOWN");
  }
}
