package cn.minzheng.registry.web;

import cn.minzheng.registry.Relationship;
import cn.minzheng.registry.domain.household.HouseholdRestructuring;
import cn.minzheng.registry.domain.household.HouseholdService;
import cn.minzheng.registry.domain.person.PersonService;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changes of a household from its detail page: add or remove a member, move, split. Each answers
 * with a redirect to the detail page, carrying either a message or the field errors.
 */
@Controller
class HouseholdActions {

  private final HouseholdService households;
  private final HouseholdRestructuring restructuring;
  private final PersonService persons;
  private final RegistryAccess access;

  HouseholdActions(
      HouseholdService households,
      HouseholdRestructuring restructuring,
      PersonService persons,
      RegistryAccess access) {
    this.households = households;
    this.restructuring = restructuring;
    this.persons = persons;
    this.access = access;
  }

  @PostMapping("/registry/households/{id}/members")
  String addMember(
      @PathVariable long id,
      @RequestParam(required = false) String idNumber,
      @RequestParam(required = false) Relationship relationship,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () -> {
          if (relationship == null) {
            throw RegistryValidationException.of("relationship", "请选择与户主关系");
          }
          long person = persons.requireVisibleIdByIdNumber("idNumber", idNumber);
          households.addMember(id, person, relationship, HouseholdPages.today());
          return "已添加成员";
        });
  }

  @PostMapping("/registry/households/{id}/members/{personId}/remove")
  String removeMember(
      @PathVariable long id,
      @PathVariable long personId,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () -> {
          households.removeMember(id, personId, HouseholdPages.today(), reason);
          return "成员已迁出";
        });
  }

  @PostMapping("/registry/households/{id}/head")
  String changeHead(
      @PathVariable long id,
      @RequestParam(required = false) Long newHeadId,
      @RequestParam(required = false) Relationship formerHeadBecomes,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () -> {
          if (newHeadId == null) {
            throw RegistryValidationException.of("newHeadId", "请选择新户主");
          }
          households.changeHead(id, newHeadId, formerHeadBecomes, reason);
          return "已变更户主";
        });
  }

  @PostMapping("/registry/households/{id}/move")
  String move(
      @PathVariable long id,
      @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String address,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () -> {
          restructuring.move(id, regionCode, address, HouseholdPages.today());
          return "家庭已迁移";
        });
  }

  @PostMapping("/registry/households/{id}/split")
  String split(
      @PathVariable long id,
      @RequestParam(name = "memberIds", required = false) List<Long> memberIds,
      @RequestParam(required = false) Long newHeadId,
      @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String address,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    access.requireStaff();
    try {
      if (newHeadId == null) {
        throw RegistryValidationException.of("newHeadId", "请选择新户主");
      }
      Set<Long> ids = memberIds == null ? Set.of() : Set.copyOf(memberIds);
      long created =
          restructuring.split(
              id, ids, newHeadId, regionCode, address, HouseholdPages.today(), reason);
      redirect.addFlashAttribute("message", "分户完成，新家庭已建立");
      return "redirect:/registry/households/" + created;
    } catch (RegistryValidationException e) {
      redirect.addFlashAttribute("errors", PersonFormPage.errors(e.errors()));
      return "redirect:/registry/households/" + id;
    }
  }

  private String act(long id, RedirectAttributes redirect, Supplier<String> action) {
    access.requireStaff();
    try {
      redirect.addFlashAttribute("message", action.get());
    } catch (RegistryValidationException e) {
      redirect.addFlashAttribute("errors", PersonFormPage.errors(e.errors()));
    }
    return "redirect:/registry/households/" + id;
  }
}
