// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.QueryKind;

class SqlShapesTest {

    @Test
    void foldsStringAndNumberLiteralsButNotIdentifiers() {
        assertThat(SqlShapes.shapeOf("select p1_0.id from posts p1_0 where p1_0.title='It''s' and p1_0.views>42 and p1_0.score<1.5e3"))
                .isEqualTo("select p1_0.id from posts p1_0 where p1_0.title=? and p1_0.views>? and p1_0.score<?");
    }

    @Test
    void foldsParameterListsOfAnyLength() {
        String one = SqlShapes.shapeOf("select * from t where id in (?)");
        String three = SqlShapes.shapeOf("select * from t where id in (?, ?,?)");
        String literals = SqlShapes.shapeOf("select * from t where id in (1, 2, 3, 4)");
        assertThat(one).isEqualTo("select * from t where id in (?...)").isEqualTo(three).isEqualTo(literals);
    }

    @Test
    void collapsesWhiteSpaceDropsLeadingCommentsAndKeepsQuotedIdentifiers() {
        assertThat(SqlShapes.shapeOf("/* load Post */  select\n  \"Weird Name\"\tfrom   t"))
                .isEqualTo("select \"Weird Name\" from t");
    }

    @Test
    void kindComesFromTheFirstKeyword() {
        assertThat(SqlShapes.kindOf("select 1")).isEqualTo(QueryKind.SELECT);
        assertThat(SqlShapes.kindOf("with x as (select 1) select * from x")).isEqualTo(QueryKind.SELECT);
        assertThat(SqlShapes.kindOf("insert into t values (?...)")).isEqualTo(QueryKind.INSERT);
        assertThat(SqlShapes.kindOf("UPDATE t set a=?")).isEqualTo(QueryKind.UPDATE);
        assertThat(SqlShapes.kindOf("delete from t")).isEqualTo(QueryKind.DELETE);
        assertThat(SqlShapes.kindOf("call next value for t_seq")).isEqualTo(QueryKind.OTHER);
    }

    @Test
    void recognisesLoadsBySeveralKeys() {
        assertThat(SqlShapes.loadsSeveralKeys("select * from b where b.author_id = any (?)")).isTrue();
        assertThat(SqlShapes.loadsSeveralKeys("select * from b where b.author_id in (?...)")).isTrue();
        assertThat(SqlShapes.loadsSeveralKeys("select * from b where b.author_id in (select a.id from a)")).isTrue();
        assertThat(SqlShapes.loadsSeveralKeys("select * from b where b.author_id=?")).isFalse();
        assertThat(SqlShapes.loadsSeveralKeys("select b.main_id from b")).isFalse();
    }
}
