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
    void aNumberInAFunctionCallIsOneParameterNotAList() {
        assertThat(SqlShapes.shapeOf("select pg_sleep(2)")).isEqualTo("select pg_sleep(?)");
        assertThat(SqlShapes.shapeOf("select substring(t.title, 1, 20) from generate_series(1, 3000000) t"))
                .isEqualTo("select substring(t.title, ?, ?) from generate_series(?, ?) t");
        assertThat(SqlShapes.shapeOf("select coalesce(?, ?) from t")).isEqualTo("select coalesce(?, ?) from t");
    }

    @Test
    void aNegativeNumberIsOneLiteral() {
        assertThat(SqlShapes.shapeOf("select * from t where x > -5")).isEqualTo("select * from t where x > ?");
        assertThat(SqlShapes.shapeOf("select * from t where t.x>-1.5e-3 and t.y=+2")).isEqualTo("select * from t where t.x>? and t.y=?");
        assertThat(SqlShapes.shapeOf("select -1, abs(-2) from t where x between -3 and -4 or x in (-1, -2)"))
                .isEqualTo("select ?, abs(?) from t where x between ? and ? or x in (?...)");
        assertThat(SqlShapes.shapeOf("select * from t where x - -5 > 0")).isEqualTo("select * from t where x - ? > ?");
    }

    @Test
    void aSubtractionKeepsItsMinusSign() {
        assertThat(SqlShapes.shapeOf("select a-1, (b) - 2, ? - 3, \"c\"-4, 1e-3 from t"))
                .isEqualTo("select a-?, (b) - ?, ? - ?, \"c\"-?, ? from t");
    }

    @Test
    void foldsParameterListsOfAnyLength() {
        String one = SqlShapes.shapeOf("select * from t where id in (?)");
        String three = SqlShapes.shapeOf("select * from t where id in (?, ?,?)");
        String literals = SqlShapes.shapeOf("select * from t where id IN(1, 2, 3, 4)");
        assertThat(one).isEqualTo("select * from t where id in (?...)").isEqualTo(three);
        assertThat(literals).isEqualTo("select * from t where id IN(?...)");
        assertThat(SqlShapes.shapeOf("select * from t where id not in ('a', 'b')")).isEqualTo("select * from t where id not in (?...)");
    }

    @Test
    void foldsListsOfEqualTuples() {
        assertThat(SqlShapes.shapeOf("select * from t where (a,b) in ((?,?),(?,?),(?,?))"))
                .isEqualTo("select * from t where (a,b) in ((?,?)...)");
    }

    @Test
    void anInListOfSomethingElseThanValuesIsKept() {
        assertThat(SqlShapes.shapeOf("select * from b where b.author_id in (select a.id from a where a.n > 3)"))
                .isEqualTo("select * from b where b.author_id in (select a.id from a where a.n > ?)");
        assertThat(SqlShapes.shapeOf("select * from t where x in (a.y, ?)")).isEqualTo("select * from t where x in (a.y, ?)");
        assertThat(SqlShapes.shapeOf("select * from t where x = any (?)")).isEqualTo("select * from t where x = any (?)");
    }

    @Test
    void foldsTheRowsOfAMultiRowValuesListOnly() {
        assertThat(SqlShapes.shapeOf("insert into t (a,b) values (?,?)")).isEqualTo("insert into t (a,b) values (?,?)");
        assertThat(SqlShapes.shapeOf("insert into t (a,b) values (1,'x')")).isEqualTo("insert into t (a,b) values (?,?)");
        String two = SqlShapes.shapeOf("insert into t (a,b) values (1,'x'), (2,'y')");
        String four = SqlShapes.shapeOf("insert into t (a,b) VALUES (?,?),(?,?),(?,?),(?, lower(?)) returning id");
        assertThat(two).isEqualTo("insert into t (a,b) values (?,?), ...");
        assertThat(four).isEqualTo("insert into t (a,b) VALUES (?,?), ... returning id");
    }

    @Test
    void stringLiteralsWithCommasParenthesesAndQuotesAreOneLiteral() {
        assertThat(SqlShapes.shapeOf("select * from t where a in ('x, y', 'z)', 'it''s (', '') and b = lower('(a, b)')"))
                .isEqualTo("select * from t where a in (?...) and b = lower(?)");
        assertThat(SqlShapes.shapeOf("select E'it\\'s, (1)', N'n', X'1F', $$a 'b' (c)$$, $tag$x$tag$ from t"))
                .isEqualTo("select ?, ?, ?, ?, ? from t");
        assertThat(SqlShapes.shapeOf("insert into t (a) values ('a -- not a comment /* nor this */')"))
                .isEqualTo("insert into t (a) values (?)");
    }

    @Test
    void commentsGoWhereverTheyAreButHintsStay() {
        assertThat(SqlShapes.shapeOf("/* load Post */  select\n  \"Weird Name\"\tfrom   t"))
                .isEqualTo("select \"Weird Name\" from t");
        assertThat(SqlShapes.shapeOf("select a /* id 42 */ from t -- for user 7\nwhere b = 1 -- trailing"))
                .isEqualTo("select a from t where b = ?");
        assertThat(SqlShapes.shapeOf("select /*+ INDEX(t t_idx) */ a from t")).isEqualTo("select /*+ INDEX(t t_idx) */ a from t");
    }

    @Test
    void quotedIdentifiersAndParametersKeepTheirDigits() {
        assertThat(SqlShapes.shapeOf("select \"col 1\", `in (2)`, $1, p1_0.x2 from t2 where a=$2"))
                .isEqualTo("select \"col 1\", `in (2)`, $1, p1_0.x2 from t2 where a=$2");
    }

    @Test
    void kindComesFromTheFirstKeyword() {
        assertThat(SqlShapes.kindOf("select 1")).isEqualTo(QueryKind.SELECT);
        assertThat(SqlShapes.kindOf("with x as (select 1) select * from x")).isEqualTo(QueryKind.SELECT);
        assertThat(SqlShapes.kindOf("insert into t values (?,?)")).isEqualTo(QueryKind.INSERT);
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
