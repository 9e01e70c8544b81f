package cn.minzheng.region.domain;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.domain.RegionCommands.AddChild;
import cn.minzheng.region.domain.RegionCommands.Rename;
import cn.minzheng.region.domain.RegionCommands.Retire;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes of the division tree: add a child, rename, retire. Only city and system administrators
 * may change it; every change and every refused attempt is audited. The change and its audit entry
 * commit together, and the cached tree is dropped afterwards.
 */
@Service
public class RegionAdministration {

  static final String TARGET = "region";

  private final RegionRepository repository;
  private final RegionTree tree;
  private final CurrentUser currentUser;
  private final AuditLog auditLog;
  private final TransactionTemplate transactions;

  RegionAdministration(
      RegionRepository repository,
      RegionTree tree,
      CurrentUser currentUser,
      AuditLog auditLog,
      TransactionTemplate transactions) {
    this.repository = repository;
    this.tree = tree;
    this.currentUser = currentUser;
    this.auditLog = auditLog;
    this.transactions = transactions;
  }

  /** Whether the current user may change the tree (for showing the forms). */
  public boolean mayModify() {
    return currentUser
        .staff()
        .map(u -> u.has(Role.CITY_ADMIN) || u.has(Role.SYSTEM_ADMIN))
        .orElse(false);
  }

  public RegionNode addChild(AddChild command) {
    requireAdministrator("region.add", command.parentCode());
    RegionNode parent = existing(command.parentCode());
    RegionNode child = NewNodeRules.validate(command, parent, tree, today());
    return inTransaction(
        () -> {
          // the same code added at the same moment elsewhere: one insert wins, the other is refused
          if (repository.insertMissing(List.of(child), false) != 1) {
            throw RegionChangeRejected.of("code", "区划代码：该代码已存在");
          }
          audit("region.add", child.code(), "上级 " + parent.code() + "，名称 " + child.name());
          return child;
        });
  }

  public void rename(Rename command) {
    StaffUser user = requireAdministrator("region.rename", command.code());
    RegionNode node = existing(command.code());
    String newName = NewNodeRules.requireName(command.newName(), "name");
    if (newName.equals(node.name())) {
      throw RegionChangeRejected.of("name", "新名称：与现名称相同");
    }
    if (command.effectiveFrom() == null) {
      throw RegionChangeRejected.of("effectiveFrom", "生效日期：不能为空");
    }
    inTransaction(
        () -> {
          if (!command.effectiveFrom().isAfter(repository.nameValidFrom(node.code()))) {
            throw RegionChangeRejected.of("effectiveFrom", "生效日期：须晚于现名称的启用日期");
          }
          repository.rename(node.code(), newName, command.effectiveFrom(), user.username());
          audit(
              "region.rename",
              node.code(),
              node.name() + " → " + newName + "，自 " + command.effectiveFrom() + " 起");
          return null;
        });
  }

  public void retire(Retire command) {
    requireAdministrator("region.retire", command.code());
    RegionNode node = existing(command.code());
    RetireRules.validate(command, node, tree);
    inTransaction(
        () -> {
          repository.retire(
              node.code(), command.effectiveFrom(), command.reason().strip(), successor(command));
          audit(
              "region.retire",
              node.code(),
              command.reason().strip() + "，自 " + command.effectiveFrom() + " 起");
          return null;
        });
  }

  /** Since when the current name is in use. */
  public LocalDate nameValidFrom(String code) {
    return repository.nameValidFrom(existing(code).code());
  }

  public List<NameHistoryEntry> nameHistory(String code) {
    return repository.nameHistory(existing(code).code());
  }

  /** Checked here, not by URL rules: the security configuration belongs to the platform. */
  private StaffUser requireAdministrator(String action, String code) {
    if (!mayModify()) {
      // outside any transaction: the refusal is recorded even though nothing else commits
      auditLog.record(AuditEvent.denied(action, TARGET, code, "需要市级管理员或系统管理员"));
      throw new AccessDeniedException("region changes need CITY_ADMIN or SYSTEM_ADMIN");
    }
    return currentUser.require();
  }

  private RegionNode existing(String code) {
    return tree.find(code).orElseThrow(() -> new RecordNotFoundException("region node"));
  }

  private static String successor(Retire command) {
    String successor = command.successorCode();
    return successor == null || successor.isBlank() ? null : successor.strip();
  }

  private <T> T inTransaction(java.util.function.Supplier<T> change) {
    try {
      return transactions.execute(status -> change.get());
    } finally {
      tree.invalidate();
    }
  }

  private void audit(String action, String code, String detail) {
    auditLog.record(AuditEvent.success(action, TARGET, code, detail));
  }

  static LocalDate today() {
    return LocalDate.now(RegionTree.CHINA);
  }
}
