// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
