/**
 * Value types every module shares: identity codes ({@code IdCardNo}), region codes, masking. No
 * Spring, no persistence: only rules that hold everywhere.
 */
@NullMarked
@ApplicationModule(displayName = "共用值类型", type = ApplicationModule.Type.OPEN)
package cn.minzheng.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
