package cn.minzheng.assistance.web;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.StandardInForce.CareLevel;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.AssistanceCase.LinshiKind;
import cn.minzheng.assistance.cases.Attachments;
import cn.minzheng.assistance.cases.CaseRuleViolation;
import cn.minzheng.assistance.cases.NewApplication.Upload;
import cn.minzheng.assistance.online.Material;
import cn.minzheng.assistance.online.OnlineAnswers;
import cn.minzheng.assistance.online.OnlineAnswers.Supporters;
import cn.minzheng.assistance.online.OnlineApplication;
import cn.minzheng.assistance.online.OnlineDrafts;
import cn.minzheng.assistance.online.OnlineDrafts.Draft;
import cn.minzheng.assistance.online.OnlineDrafts.Stored;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.ChinaTime;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 网上申请 in steps (phone first): the 一次告知 list of materials first, then 申请人与家庭 → 收入与财产 → 材料 → 核对 and
 * the one submit. What is typed is kept between the steps (and shown again with the field's error
 * when refused); nothing is filed before the submit.
 */
@Controller
class PortalApplicationPages {

  static final String MATERIALS = PortalAssistancePage.PATH + "/materials";
  static final String APPLY = PortalAssistancePage.PATH + "/apply";

  /** Enough for every material of a household, few enough that a draft cannot fill the disk. */
  static final int MAX_FILES = 20;

  private final OnlineDrafts drafts;
  private final OnlineApplication online;
  private final PersonDirectory persons;

  PortalApplicationPages(OnlineDrafts drafts, OnlineApplication online, PersonDirectory persons) {
    this.drafts = drafts;
    this.online = online;
    this.persons = persons;
  }

  /** The steps, in order, with their names on the page. */
  enum Stage {
    HOUSEHOLD("申请人与家庭"),
    INCOME("收入与财产"),
    MATERIALS("材料"),
    REVIEW("核对");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    String path() {
      return name().toLowerCase();
    }

    static Stage of(String path) {
      return Arrays.stream(values())
          .filter(s -> s.path().equals(path))
          .findFirst()
          .orElseThrow(() -> new RecordNotFoundException("页面"));
    }
  }

  /** One line of the review page. */
  record Line(String label, String value) {}

  @GetMapping(MATERIALS + "/{type}")
  String materials(@PathVariable String type, Model model) {
    AssistanceType programme = programme(type);
    model.addAttribute("programme", programme);
    model.addAttribute("materials", Material.requiredFor(programme));
    return "assistance/portal-materials";
  }

  @PostMapping(APPLY)
  String start(@RequestParam(defaultValue = "") String type) {
    Citizen me = PortalCitizen.current();
    drafts.start(me.personId(), me.accountId(), programme(type));
    return "redirect:" + APPLY + "/" + Stage.HOUSEHOLD.path();
  }

  @GetMapping(APPLY + "/{stage}")
  String show(@PathVariable String stage, Model model) {
    Stage s = Stage.of(stage);
    Optional<Draft> draft = drafts.of(PortalCitizen.current().personId());
    Optional<HouseholdSummary> household = household();
    if (draft.isEmpty() || household.isEmpty()) {
      return "redirect:" + PortalAssistancePage.PATH;
    }
    return page(model, s, draft.get(), household.get(), draft.get().answers(), Map.of());
  }

  @PostMapping(APPLY + "/household")
  String household(
      @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
    return answer(Stage.HOUSEHOLD, form, model, response);
  }

  @PostMapping(APPLY + "/income")
  String income(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
    return answer(Stage.INCOME, form, model, response);
  }

  @PostMapping(APPLY + "/files")
  String upload(
      @RequestParam(defaultValue = "") String material,
      @RequestParam(required = false) @Nullable MultipartFile file,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Draft draft = draft();
    Map<String, String> errors = new LinkedHashMap<>();
    Material m =
        Material.uploadsFor(draft.type()).stream()
            .filter(x -> x.name().equals(material))
            .findFirst()
            .orElse(null);
    if (m == null) {
      errors.put("material", "材料类别：请选择上传的是哪一项材料");
    }
    Upload upload = null;
    if (draft.files().size() >= MAX_FILES) {
      errors.put("file", "文件：一份申请最多上传" + MAX_FILES + "个文件，请删除不需要的文件后再上传");
    } else if (file == null || file.isEmpty()) {
      errors.put("file", "文件：请选择要上传的文件");
    } else if (file.getSize() > Attachments.MAX_BYTES) {
      // refused by its declared size: the content is never read into memory
      errors.put("file", "文件“" + file.getOriginalFilename() + "”：超过5MB，请压缩或分页后上传");
    } else {
      upload = new Upload(name(file), bytes(file));
      Attachments.problem(upload).ifPresent(p -> errors.put("file", p));
    }
    if (!errors.isEmpty()) {
      response.setStatus(422);
      return page(
          model, Stage.MATERIALS, draft, household().orElseThrow(), draft.answers(), errors);
    }
    Stored stored = drafts.addFile(draft.id(), m, upload);
    redirect.addFlashAttribute(
        "message",
        stored == Stored.NEW
            ? "已上传：" + upload.fileName()
            : "“" + upload.fileName() + "”与已上传的文件相同，未重复保存");
    return "redirect:" + APPLY + "/" + Stage.MATERIALS.path();
  }

  @PostMapping(APPLY + "/files/{fileId}/delete")
  String removeFile(@PathVariable long fileId, RedirectAttributes redirect) {
    if (!drafts.removeFile(draft().id(), fileId)) {
      throw new RecordNotFoundException("文件");
    }
    redirect.addFlashAttribute("message", "已删除该文件");
    return "redirect:" + APPLY + "/" + Stage.MATERIALS.path();
  }

  @PostMapping(APPLY + "/submit")
  String submit(
      @RequestParam(required = false) @Nullable String consent,
      Model model,
      HttpServletResponse response) {
    Citizen me = PortalCitizen.current();
    Draft draft = draft();
    HouseholdSummary household = household().orElseThrow(() -> new RecordNotFoundException("家庭"));
    try {
      OnlineApplication.Outcome outcome =
          online.submit(draft, household, me.accountId(), consent != null, ChinaTime.today());
      if (outcome.filed()) {
        return "redirect:" + PortalAssistancePage.PATH + "/cases/" + outcome.caseId() + "?filed";
      }
      response.setStatus(422);
      return page(model, Stage.REVIEW, draft, household, draft.answers(), outcome.errors());
    } catch (CaseRuleViolation e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
      return page(model, Stage.REVIEW, draft, household, draft.answers(), Map.of());
    }
  }

  private String answer(
      Stage stage, Map<String, String> form, Model model, HttpServletResponse response) {
    Draft draft = draft();
    HouseholdSummary household = household().orElseThrow(() -> new RecordNotFoundException("家庭"));
    Map<String, String> typed = new LinkedHashMap<>();
    List<String> fields =
        stage == Stage.HOUSEHOLD ? OnlineAnswers.HOUSEHOLD_FIELDS : incomeFields(household);
    fields.forEach(f -> typed.put(f, form.getOrDefault(f, "")));
    Map<String, String> errors =
        stage == Stage.HOUSEHOLD
            ? OnlineAnswers.householdErrors(draft.type(), typed)
            : OnlineAnswers.incomeErrors(household, typed);
    if (!errors.isEmpty()) {
      response.setStatus(422);
      Map<String, String> shown = new LinkedHashMap<>(draft.answers());
      shown.putAll(typed);
      return page(model, stage, draft, household, shown, errors);
    }
    drafts.answer(draft.id(), typed);
    return "redirect:" + APPLY + "/" + Stage.values()[stage.ordinal() + 1].path();
  }

  private String page(
      Model model,
      Stage stage,
      Draft draft,
      HouseholdSummary household,
      Map<String, String> answers,
      Map<String, String> errors) {
    model.addAttribute("stage", stage);
    model.addAttribute("stages", Stage.values());
    model.addAttribute("programme", draft.type());
    model.addAttribute("household", household);
    model.addAttribute("answers", answers);
    model.addAttribute("errors", errors);
    model.addAttribute("uploads", Material.uploadsFor(draft.type()));
    model.addAttribute("files", draft.files());
    model.addAttribute(
        "missing",
        Material.uploadsFor(draft.type()).stream()
            .filter(m -> draft.files().stream().noneMatch(f -> f.material() == m))
            .toList());
    model.addAttribute("categories", List.of(Category.BOTTOM, Category.SUPPORT, Category.PROTECT));
    model.addAttribute("careLevels", CareLevel.values());
    model.addAttribute("supporters", Supporters.values());
    model.addAttribute("linshiKinds", LinshiKind.values());
    if (stage == Stage.REVIEW) {
      model.addAttribute("lines", lines(draft.type(), household, answers));
    }
    return "assistance/portal-apply";
  }

  /** Everything typed, as the review page shows it before the one submit. */
  private static List<Line> lines(
      AssistanceType type, HouseholdSummary household, Map<String, String> a) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("救助项目", type.label()));
    switch (type) {
      case DIBAO ->
          lines.add(new Line("保障类别", label(Category.class, a.get("category"), Category::label)));
      case TEKUN -> {
        lines.add(new Line("生活自理能力", label(CareLevel.class, a.get("careLevel"), CareLevel::label)));
        lines.add(
            new Line("法定义务人", label(Supporters.class, a.get("supporters"), Supporters::label)));
        if (a.get("supportersNote") != null) {
          lines.add(new Line("义务人情况", a.get("supportersNote")));
        }
      }
      case LINSHI -> {
        lines.add(
            new Line("救助类型", label(LinshiKind.class, a.get("linshiKind"), LinshiKind::label)));
        lines.add(new Line("困难情况", answered(a.get("situation"))));
        lines.add(new Line("申请金额（元）", answered(a.get("amountAsked"))));
      }
      default -> {}
    }
    for (HouseholdSummary.Member m : household.members()) {
      lines.add(
          new Line(
              m.name() + "（" + m.relationship().label() + "）月收入（元）",
              answered(a.get("income_" + m.personId()))));
    }
    lines.add(new Line("存款及有价证券合计（元）", answered(a.get("savings"))));
    lines.add(new Line("房产、车辆等财产", a.getOrDefault("property", "无")));
    return lines;
  }

  private static String answered(@Nullable String value) {
    return value == null || value.isBlank() ? "未填写" : value;
  }

  private static <E extends Enum<E>> String label(
      Class<E> type, @Nullable String code, Function<E, String> label) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(code)) {
        return label.apply(constant);
      }
    }
    return "未填写";
  }

  private static List<String> incomeFields(HouseholdSummary household) {
    List<String> fields = new ArrayList<>();
    household.members().forEach(m -> fields.add("income_" + m.personId()));
    fields.addAll(OnlineAnswers.ASSET_FIELDS);
    return fields;
  }

  private static AssistanceType programme(String type) {
    return PortalAssistancePage.ONLINE.stream()
        .filter(t -> t.name().equals(type))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("救助项目"));
  }

  private Draft draft() {
    return drafts
        .of(PortalCitizen.current().personId())
        .orElseThrow(() -> new RecordNotFoundException("网上申请"));
  }

  private Optional<HouseholdSummary> household() {
    return persons.householdOf(PortalCitizen.current().personId());
  }

  private static String name(MultipartFile file) {
    String name = file.getOriginalFilename();
    return name == null || name.isBlank() ? "材料" : name.strip();
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
