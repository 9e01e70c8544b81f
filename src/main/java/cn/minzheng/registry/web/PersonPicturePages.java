package cn.minzheng.registry.web;

import cn.minzheng.platform.Breadcrumb;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** 全景: a person's or a household's whole picture on a page and in the API, scoped and audited. */
@Controller
@Tag(name = "人员全景")
class PersonPicturePages {

  private final PersonPictures pictures;
  private final RegistryAccess access;

  PersonPicturePages(PersonPictures pictures, RegistryAccess access) {
    this.pictures = pictures;
    this.access = access;
  }

  @GetMapping("/registry/persons/{id}/picture")
  String person(@PathVariable long id, Model model) {
    access.requireStaff();
    var picture = pictures.ofPerson(id);
    return show(
        picture,
        List.of(
            new Breadcrumb("人员查询", "/registry/persons"),
            new Breadcrumb(picture.subject(), "/registry/persons/" + id),
            new Breadcrumb("全景", null)),
        "/registry/persons/" + id,
        model);
  }

  @GetMapping("/registry/households/{id}/picture")
  String household(@PathVariable long id, Model model) {
    access.requireStaff();
    var picture = pictures.ofHousehold(id);
    return show(
        picture,
        List.of(
            new Breadcrumb("家庭", "/registry/households"),
            new Breadcrumb(picture.subject(), "/registry/households/" + id),
            new Breadcrumb("全景", null)),
        "/registry/households/" + id,
        model);
  }

  @Operation(summary = "人员全景：各业务的待遇、案件、预警、走访、预约、生存认证与生命事件")
  @GetMapping("/api/v1/persons/{id}/picture")
  @ResponseBody
  PersonPictures.Picture personApi(@PathVariable long id) {
    access.requireStaff();
    return pictures.ofPerson(id);
  }

  @Operation(summary = "家庭全景：现有成员的各业务记录")
  @GetMapping("/api/v1/households/{id}/picture")
  @ResponseBody
  PersonPictures.Picture householdApi(@PathVariable long id) {
    access.requireStaff();
    return pictures.ofHousehold(id);
  }

  private static String show(
      PersonPictures.Picture picture, List<Breadcrumb> breadcrumbs, String back, Model model) {
    model.addAttribute("picture", picture);
    model.addAttribute("back", back);
    model.addAttribute("breadcrumbs", breadcrumbs);
    return "registry/picture";
  }
}
