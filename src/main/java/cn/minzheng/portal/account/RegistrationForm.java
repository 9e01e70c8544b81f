package cn.minzheng.portal.account;

/**
 * What a citizen types to register; the phone comes from the code step. {@code consent} is the tick
 * under the privacy notice, {@code sensitiveConsent} the separate one for sensitive personal
 * information (个人信息保护法 art. 29): registration needs both.
 */
public record RegistrationForm(
    String name,
    String idNumber,
    String password,
    String passwordConfirmation,
    String code,
    boolean consent,
    boolean sensitiveConsent) {}
