package cn.minzheng.registry.domain.person;

import cn.minzheng.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** The record was changed by someone else since it was read (optimistic lock). */
public class RegistryConflictException extends ProblemException {

  public RegistryConflictException() {
    super(HttpStatus.CONFLICT, "并发修改冲突", "该记录已被他人修改，请刷新后重试");
  }
}
