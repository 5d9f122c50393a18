// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.hibernatepack.monitoring.data.Library;
import dev.hibernatepack.monitoring.data.Library_;
import dev.hibernatepack.monitoring.testmodel.Author_;

class CallSitesTest {

    /** Written by hand: application code, whatever repository it implements. */
    abstract static class HandWrittenLibrary implements Library {
    }

    /** Named like a generated class, but implementing nothing of that name. */
    abstract static class Shelf_ implements Runnable {
    }

    @Test
    void theRepositoryHibernateProcessorGeneratesIsNotApplicationCode() {
        assertThat(CallSites.isGeneratedRepository(Library_.class)).isTrue();
    }

    @Test
    void classesThatOnlyLookGeneratedAreApplicationCode() {
        assertThat(CallSites.isGeneratedRepository(HandWrittenLibrary.class)).isFalse();
        assertThat(CallSites.isGeneratedRepository(Shelf_.class)).isFalse();
        assertThat(CallSites.isGeneratedRepository(Author_.class)).isFalse();
        assertThat(CallSites.isGeneratedRepository(Library.class)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "org.springframework.data.jpa.repository.support.SimpleJpaRepository",
            "org.springframework.orm.jpa.SharedEntityManagerCreator$SharedEntityManagerInvocationHandler",
            "com.example.OwnerService$$SpringCGLIB$$0",
            "com.example.OwnerService$$EnhancerBySpringCGLIB$$1a2b3c",
            "com.example.OwnerService$$FastClassBySpringCGLIB$$1a2b3c",
            "jdk.proxy2.$Proxy117",
            "com.sun.proxy.$Proxy12",
            "java.lang.reflect.Method",
            "jdk.internal.reflect.DirectMethodHandleAccessor",
            "sun.reflect.NativeMethodAccessorImpl",
            "com.example.OwnerService$Proxy$_$$_WeldClientProxy",
            "com.example.OwnerService$Proxy$_$$_WeldSubclass",
            "com.example.Owner$HibernateProxy$Zx3Ab9",
            "com.example.Owner$ByteBuddy$Zx3Ab9",
            "com.example.OwnerService$$Lambda/0x000001f0010c4a38",
            "org.hibernate.internal.SessionImpl",
            "org.junit.platform.commons.util.ReflectionUtils",
            "org.apache.maven.surefire.junitplatform.JUnitPlatformProvider",
            "dev.hibernatepack.monitoring.QueryCounts"})
    void frameworksProxiesAndReflectionAreNeverTheCallSite(String className) {
        assertThat(CallSites.isApplication(className)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.example.OwnerService", "com.example.OwnerRepository", "com.example.OwnerServiceTest",
            "springframework.Demo", "dev.hibernatepack.examples.blog.Posts"})
    void theApplicationsOwnClassesAreCallSites(String className) {
        assertThat(CallSites.isApplication(className)).isTrue();
    }

    @Test
    void aProxyTheJdkGeneratesInTheApplicationsPackageIsNotApplicationCode() {
        // A proxy of a package-private interface is defined in that interface's package.
        Object proxy = java.lang.reflect.Proxy.newProxyInstance(CallSitesTest.class.getClassLoader(), new Class<?>[] {Hidden.class},
                (p, method, args) -> null);
        assertThat(proxy.getClass().getPackageName()).isEqualTo(CallSitesTest.class.getPackageName());
        assertThat(CallSites.isGenerated(proxy.getClass())).isTrue();
        assertThat(CallSites.isGenerated(CallSitesTest.class)).isFalse();
        assertThat(CallSites.isGenerated(Hidden.class)).isFalse();
    }

    interface Hidden {
        void run();
    }

    @Test
    void theApplicationsFrameworkPackagesCoverTheirSubpackagesAndNestedClassesOnly() {
        CallSites callSites = new CallSites(List.of("com.example.platform", "com.example.web.BaseController"));

        assertThat(callSites.isApplicationFramework("com.example.platform.Repositories")).isTrue();
        assertThat(callSites.isApplicationFramework("com.example.platform.jpa.BaseDao$1")).isTrue();
        assertThat(callSites.isApplicationFramework("com.example.web.BaseController")).isTrue();
        assertThat(callSites.isApplicationFramework("com.example.web.BaseController$Paging")).isTrue();
        assertThat(callSites.isApplicationFramework("com.example.platformer.Repositories")).isFalse();
        assertThat(callSites.isApplicationFramework("com.example.web.BaseControllerTest")).isFalse();
        assertThat(callSites.isApplicationFramework("com.example.OwnerService")).isFalse();
        assertThat(CallSites.DEFAULT.isApplicationFramework("com.example.platform.Repositories")).isFalse();
    }

    @Test
    void aLambdaBodyReadsAsTheMethodThatDeclaresIt() {
        assertThat(CallSites.enclosingMethod("lambda$findAll$0")).isEqualTo("findAll");
        assertThat(CallSites.enclosingMethod("lambda$findAll$12")).isEqualTo("findAll");
        assertThat(CallSites.enclosingMethod("lambda$findAll$9a1c2b3d$1")).isEqualTo("findAll"); // a serializable lambda
        assertThat(CallSites.enclosingMethod("lambda$new$0")).isEqualTo("<init>");
        assertThat(CallSites.enclosingMethod("lambda$static$0")).isEqualTo("<clinit>");
        assertThat(CallSites.enclosingMethod("findAll")).isEqualTo("findAll");
        assertThat(CallSites.enclosingMethod("lambda$")).isEqualTo("lambda$");
    }
}
