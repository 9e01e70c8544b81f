/**
 * 群众端: citizens' accounts linked to a registry person (password or text-code sign-in, 忘记密码, privacy
 * consent), one-time codes, "my information", messages, and the face verification of the city's
 * real-name service ({@link cn.minzheng.portal.FaceVerification}).
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
