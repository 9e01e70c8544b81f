package cn.minzheng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.platform.RecordNotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.ServletWebRequest;

class ApiProblemHandlerTest {

  record Application(String name, String regionCode) {}

  @Test
  void listsEveryInvalidFieldWithItsChineseMessage() throws Exception {
    BeanPropertyBindingResult errors =
        new BeanPropertyBindingResult(new Application("", "1"), "application");
    errors.rejectValue("name", "NotBlank", "姓名不能为空");
    errors.rejectValue("regionCode", "Pattern", "区划代码须为12位数字");
    MethodParameter parameter =
        new MethodParameter(
            getClass().getDeclaredMethod("listsEveryInvalidFieldWithItsChineseMessage"), -1);

    ResponseEntity<Object> response =
        new ApiProblemHandler()
            .handleMethodArgumentNotValid(
                new MethodArgumentNotValidException(parameter, errors),
                new HttpHeaders(),
                HttpStatus.BAD_REQUEST,
                new ServletWebRequest(new MockHttpServletRequest()));

    ProblemDetail problem = (ProblemDetail) response.getBody();
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problem.getProperties().get("errors"))
        .isEqualTo(
            List.of(
                Map.of("field", "name", "message", "姓名不能为空"),
                Map.of("field", "regionCode", "message", "区划代码须为12位数字")));
  }

  @Test
  void answersRecordOutOfScopeAs404() {
    ProblemDetail problem = new ApiProblemHandler().notFound(new RecordNotFoundException("x"));
    assertThat(problem.getStatus()).isEqualTo(404);
    assertThat(problem.getDetail()).isEqualTo("记录不存在。");
  }

  @Test
  void answersAModulesRefusalWithItsStatusTitleCodeAndChineseDetail() {
    ProblemDetail problem =
        new ApiProblemHandler()
            .refused(
                new ProblemException(
                    HttpStatus.CONFLICT, "操作不被允许", "案件已确认。", null, "invalid-transition"));
    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getTitle()).isEqualTo("操作不被允许");
    assertThat(problem.getDetail()).isEqualTo("案件已确认。");
    assertThat(problem.getProperties()).containsEntry("code", "invalid-transition");
    assertThat(problem.getProperties()).doesNotContainKey("field");
  }

  @Test
  void namesEveryRefusedFieldTheFirstAsTheField() {
    ProblemDetail problem =
        new ApiProblemHandler()
            .refused(
                new InvalidInput(
                    List.of(
                        new InvalidInput.FieldMessage("idNumber", "身份证号校验位错误"),
                        new InvalidInput.FieldMessage("name", "姓名不能为空"))));
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getTitle()).isEqualTo("输入有误");
    assertThat(problem.getDetail()).isEqualTo("身份证号校验位错误；姓名不能为空");
    assertThat(problem.getProperties())
        .containsEntry("field", "idNumber")
        .containsEntry(
            "errors",
            List.of(
                Map.of("field", "idNumber", "message", "身份证号校验位错误"),
                Map.of("field", "name", "message", "姓名不能为空")));
  }

  @Test
  void answersAnUnreadableBodyInChinese() {
    ResponseEntity<Object> response =
        new ApiProblemHandler()
            .handleHttpMessageNotReadable(
                new HttpMessageNotReadableException("bad", new MockHttpInputMessage(new byte[0])),
                new HttpHeaders(),
                HttpStatus.BAD_REQUEST,
                new ServletWebRequest(new MockHttpServletRequest()));
    ProblemDetail problem = (ProblemDetail) response.getBody();
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problem.getDetail()).isEqualTo("请求内容无法解析，请检查JSON格式和字段类型");
  }
}
