/**
 * 殡葬管理: funeral homes and cemeteries with their services and prices, the basic funeral services
 * free or subsidised for configured groups (特困, unidentified bodies, 低保, residents), ecological
 * burial subsidies, and one subsidy case per death — opened on {@link
 * cn.minzheng.registry.PersonDied} or on application, computed from the funeral home's service
 * records, approved by a second person and paid once through {@code payments} (programme {@code
 * FUNERAL}) to the family's payee; memorial halls whose farewell ceremonies are booked through the
 * platform's booking engine ({@code booking}).
 */
@NullMarked
@ApplicationModule(
    displayName = "殡葬管理",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: problems",
      "platform :: shell",
      "registry",
      "lifeevents",
      "payments",
      "booking",
      "portal",
      "cockpit"
    })
package cn.minzheng.funeral;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
