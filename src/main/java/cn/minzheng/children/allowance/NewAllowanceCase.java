package cn.minzheng.children.allowance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application for a child: the child's ID number, category and care type, the parents'
 * situation, the guardian (the payee: the child is never the account holder), consent, and
 * optionally the guardian's bank account.
 */
public record NewAllowanceCase(
    String childIdNumber,
    String category,
    CareType careType,
    List<SituationRecord> situations,
    String guardianName,
    String guardianRelation,
    @Nullable String guardianIdNumber,
    @Nullable String guardianPhone,
    boolean consent,
    String reason,
    @Nullable String bankName,
    @Nullable String accountNumber) {}
