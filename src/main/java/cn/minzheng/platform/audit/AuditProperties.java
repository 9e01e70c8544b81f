package cn.minzheng.platform.audit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long entries are kept (ISO {@code P6M}, {@code P1Y}); never shorter than six
 *     months (Cybersecurity Law art. 21), checked when the application starts. Archiving older
 *     entries, when it comes, must keep the hash of the last archived entry as the anchor from
 *     which the verification continues.
 * @param verifyAndExit verify the chain, print the result and exit (0 intact, 1 broken)
 */
@ConfigurationProperties("minzheng.audit")
record AuditProperties(
    @DefaultValue("P6M") Period retention, @DefaultValue("false") boolean verifyAndExit) {

  AuditProperties {
    AuditRetention.requireAtLeastSixMonths(retention);
  }
}
