package cn.minzheng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 智慧民政一体化平台: one modular monolith, one PostgreSQL. */
@SpringBootApplication
@EnableScheduling
public class MinzhengApplication {

  public static void main(String[] args) {
    SpringApplication.run(MinzhengApplication.class, args);
  }
}
