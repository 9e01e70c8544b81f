package cn.minzheng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.RecordNotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
}
