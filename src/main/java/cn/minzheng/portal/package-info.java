/**
 * 群众端: citizens' accounts linked to a registry person (password or text-code sign-in, 忘记密码, privacy
 * consent), one-time codes, "my information", the inbox, the face verification of the city's
 * real-name service ({@link cn.minzheng.portal.FaceVerification}), and 好差评: modules report a
 * completed service by publishing {@link cn.minzheng.portal.ServiceCompleted}; the person rates it
 * once, the staff read the ratings.
 */
@NullMarked
@ApplicationModule(
    displayName = "群众端",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: crypto",
      "platform :: shell",
      "registry"
    })
package cn.minzheng.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
