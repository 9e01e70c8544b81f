package cn.minzheng.registry.web;

import cn.minzheng.registry.domain.household.HouseholdDetail;
import cn.minzheng.registry.domain.household.HouseholdService;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of households, under the caller's data scope. */
@RestController
class HouseholdApi {

  private final HouseholdService households;
  private final RegistryAccess access;

  HouseholdApi(HouseholdService households, RegistryAccess access) {
    this.households = households;
    this.access = access;
  }

  @Operation(summary = "读取家庭及成员")
  @GetMapping("/api/v1/households/{id}")
  HouseholdDetail get(@PathVariable long id) {
    access.requireStaff();
    return households.detail(id);
  }
}
