/**
 * 人口和家庭库: persons, households and membership, life status, disability, marital status, with the
 * history of every change. Knows no programme; programmes listen to its events.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "region"})
package cn.minzheng.registry;

import org.springframework.modulith.ApplicationModule;
