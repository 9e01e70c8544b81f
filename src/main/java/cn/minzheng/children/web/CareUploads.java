package cn.minzheng.children.web;

import cn.minzheng.children.care.CareProgramme;
import cn.minzheng.children.care.CareProgramme.Round;
import cn.minzheng.children.care.CareProgramme.School;
import cn.minzheng.children.care.ScreeningImports;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobOutcome;
import cn.minzheng.platform.JobProgress;
import cn.minzheng.platform.JobRuns;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.XlsxRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A school's screening file as uploaded on the page or through the API: round and school checked
 * (the school inside the caller's scope, else 404), size and type checked, then imported from a
 * temporary copy, as a recorded run of long work (the run history: counts, first row errors, a
 * refused file as a failed run). The same rule for page and API; a problem is an {@link
 * InvalidInput} naming the field.
 */
@Component
class CareUploads {

  /**
   * A school of 3,000 pupils is about 150 KB; 5 MB leaves room without inviting whole districts.
   */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  static final JobKind KIND =
      new JobKind(
          "children.screening-import", "关爱行动筛查结果导入", ChildrenRoles.PROTECTION, "/children/care");

  /** The row errors copied into the run's record (the import keeps all of them). */
  private static final int COPIED_ERRORS = 1000;

  private final CareProgramme programme;
  private final ScreeningImports imports;
  private final DataScope scope;
  private final JobRuns runs;

  CareUploads(CareProgramme programme, ScreeningImports imports, DataScope scope, JobRuns runs) {
    this.programme = programme;
    this.imports = imports;
    this.scope = scope;
    this.runs = runs;
  }

  @Bean
  static JobKind childrenScreeningImportKind() {
    return KIND;
  }

  ScreeningImports.Result upload(
      @Nullable Long roundId, @Nullable Long schoolId, @Nullable MultipartFile file, String user)
      throws IOException {
    Round round = roundId == null ? null : programme.round(roundId).orElse(null);
    if (round == null) {
      throw new InvalidInput("round", "请选择筛查轮次");
    }
    if (schoolId == null) {
      throw new InvalidInput("school", "请选择学校");
    }
    School school =
        programme.school(schoolId).orElseThrow(() -> new InvalidInput("school", "学校不存在"));
    scope.requireInScope(school.regionCode());
    if (file == null || file.isEmpty()) {
      throw new InvalidInput("file", "请选择要上传的筛查结果文件（Excel工作簿 .xlsx）");
    }
    if (file.getSize() > MAX_BYTES) {
      throw new InvalidInput("file", "文件不能超过5MB（每份文件为一所学校的筛查结果）");
    }
    Path temp = Files.createTempFile("screening-", ".xlsx");
    try {
      file.transferTo(temp);
      try (InputStream in = Files.newInputStream(temp)) {
        if (!XlsxRows.looksLikeXlsx(in.readNBytes(4))) {
          throw new InvalidInput("file", "文件类型不对：请上传Excel工作簿（.xlsx），可先下载导入模板");
        }
      }
      String name =
          file.getOriginalFilename() == null ? "screening.xlsx" : file.getOriginalFilename();
      byte[] sha256 = sha256(temp);
      AtomicReference<ScreeningImports.Result> result = new AtomicReference<>();
      runs.runNow(
          KIND,
          "school-" + school.id(),
          progress -> {
            ScreeningImports.Result r;
            try {
              r =
                  imports.importFile(
                      round,
                      school,
                      name,
                      sha256,
                      sink -> {
                        try (InputStream in = Files.newInputStream(temp)) {
                          XlsxRows.forEach(in, sink);
                        }
                      },
                      user,
                      ChinaTime.today());
            } catch (UncheckedIOException e) {
              throw new InvalidInput("file", "文件无法读取：请上传Excel工作簿（.xlsx），可先下载导入模板");
            }
            result.set(r);
            return outcome(r, progress);
          });
      return result.get();
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private JobOutcome outcome(ScreeningImports.Result r, JobProgress progress) {
    ScreeningImports.ScreeningImport b = r.batch();
    String link = "/children/care/imports/" + b.id();
    if (r.repeated()) {
      return JobOutcome.of(0, 0, 0, b.schoolName() + "：该文件已导入过，本次未作任何更改。").linkedTo(link);
    }
    for (ScreeningImports.RowError e : imports.errors(b.id(), COPIED_ERRORS)) {
      progress.error((long) e.line(), e.field(), e.reason());
    }
    return JobOutcome.of(
            b.rowsTotal(),
            b.imported() ? b.rowsTotal() - b.rowsRejected() : 0,
            b.rowsRejected(),
            b.schoolName()
                + "："
                + b.stateLabel()
                + "，共 "
                + b.rowsTotal()
                + " 行，有误 "
                + b.rowsRejected()
                + " 行，匹配 "
                + b.rowsMatched()
                + " 人，阳性 "
                + b.rowsPositive()
                + " 人。")
        .linkedTo(link);
  }

  private static byte[] sha256(Path file) throws IOException {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return in.getMessageDigest().digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
