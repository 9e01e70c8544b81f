package cn.minzheng.portal.account;

/** What a citizen types to register; the phone comes from the code step. */
public record RegistrationForm(
    String name, String idNumber, String password, String passwordConfirmation, String code) {}
