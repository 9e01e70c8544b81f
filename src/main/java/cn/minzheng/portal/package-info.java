/** 群众端: citizens' accounts linked to a registry person, one-time codes, "my information". */
@ApplicationModule(allowedDependencies = {"shared", "platform", "registry"})
package cn.minzheng.portal;

import org.springframework.modulith.ApplicationModule;
