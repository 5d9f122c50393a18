// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static dev.hibernatepack.slug.SlugSoftDeleteIT.persist;
import static dev.hibernatepack.slug.SlugSoftDeleteIT.softDelete;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.slug.testmodel.Note;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

/** With {@link SlugSettings#RESERVE_DELETED} off, new rows take the slugs soft-deleted rows had. */
@HibernateTest(entities = Note.class, settings = @Setting(name = SlugSettings.RESERVE_DELETED, value = "false"))
class SlugSoftDeleteReleasedIT {

    @Test
    void newRowsReuseTheSlugsOfSoftDeletedRows(SessionFactoryScope scope) {
        Note first = persist(scope, "Topic");
        Note second = persist(scope, "Topic");
        softDelete(scope, first);
        softDelete(scope, second);
        scope.sql().clear();

        Note reused = persist(scope, "Topic");
        Note next = persist(scope, "Topic");

        assertThat(List.of(first.getSlug(), second.getSlug())).containsExactly("topic", "topic-2");
        assertThat(reused.getSlug()).isEqualTo("topic");
        assertThat(next.getSlug()).isEqualTo("topic-2"); // the deleted topic-2 does not count
        assertThat(scope.sql().statements()).anyMatch(sql -> sql.startsWith("select") && sql.contains("deleted_at is null"));
    }
}
