/**
 * Platform: security (staff, citizens' sessions, service accounts), data scope, the audit log,
 * field encryption, the web shell (layout, menu, work queue, errors) and the embedded database. Its
 * top-level types are the API every other module uses.
 */
@ApplicationModule(displayName = "平台", allowedDependencies = "shared")
package cn.minzheng.platform;

import org.springframework.modulith.ApplicationModule;
