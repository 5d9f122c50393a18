// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A small newsroom on Spring Boot and Spring Data JPA, with every module of the pack configured in
 * {@code application.properties} alone. {@code main} runs {@link NewsroomDemo} and exits.
 */
@SpringBootApplication
public class NewsroomApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(NewsroomApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(args)) {
            context.getBean(NewsroomDemo.class).run(System.out);
        }
    }
}
