/**
 * 人口和家庭库: persons, households and membership, life status, disability, marital status, with the
 * history of every change. Knows no programme; programmes listen to its events.
 *
 * <p>Data scope: a person's region for data scope is the residence region (居住地, {@code
 * registry.person.residence_region_code}), a household's its {@code region_code}; moving a
 * household moves its members' residence. The household-registration region (户籍地) may lie outside
 * the city and plays no part in scope. Staff pages and the staff API check the scope on every read,
 * change, export and death; the facades {@link cn.minzheng.registry.PersonDirectory} and {@link
 * cn.minzheng.registry.PersonCommands} do not (their callers do).
 *
 * <p>ID numbers and phones are stored only encrypted (SM4-GCM) with a keyed blind index of the ID
 * (HMAC-SM3 of the upper-case 18-character number) for exact lookups.
 */
@NullMarked
@ApplicationModule(
    displayName = "人口和家庭库",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: jobs",
      "platform :: audit",
      "platform :: api",
      "platform :: problems",
      "platform :: crypto",
      "platform :: shell",
      "region",
      "cockpit"
    })
package cn.minzheng.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
