package cn.minzheng.registry.domain.person;

/** The record was changed by someone else since it was read (optimistic lock). */
public class RegistryConflictException extends RuntimeException {

  public RegistryConflictException() {
    super("该记录已被他人修改，请刷新后重试");
  }
}
