// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Reading constraint names and key columns out of what each database reports. */
class ErrorTranslationTest {

    @Test
    void constraintNamesReadAlikeOnH2AndPostgreSQL() {
        assertThat(ErrorTranslation.constraintName("PUBLIC.UX_ACCOUNT_EMAIL INDEX PUBLIC.UX_ACCOUNT_EMAIL_INDEX_2")).isEqualTo("ux_account_email");
        assertThat(ErrorTranslation.constraintName("ux_account_email")).isEqualTo("ux_account_email");
        assertThat(ErrorTranslation.constraintName("\"MixedCase\"")).isEqualTo("MixedCase");
        assertThat(ErrorTranslation.constraintName(" ")).isNull();
        assertThat(ErrorTranslation.constraintName(null)).isNull();
    }

    @Test
    void keyColumnsComeFromTheMessageWithoutTheirValues() {
        assertThat(ErrorTranslation.keyColumns(new SQLException("ERROR: duplicate key value violates unique constraint \"ux_a\"\n"
                + "  Detail: Key (owner_id, lower_name)=(7, ada) already exists.", "23505")))
                .containsExactly("owner_id", "lower_name");
        assertThat(ErrorTranslation.keyColumns(new SQLException("Unique index or primary key violation: \"PUBLIC.UX_A_INDEX_2 ON "
                + "PUBLIC.ACCOUNT(EMAIL NULLS FIRST, TENANT) VALUES ( /* 1 */ 'ada@example.com', 3 )\"", "23505")))
                .containsExactly("email", "tenant");
        // An expression index, or a database that does not name columns: none rather than a guess.
        assertThat(ErrorTranslation.keyColumns(new SQLException("Detail: Key (lower(email::text))=(ada) already exists."))).isEmpty();
        assertThat(ErrorTranslation.keyColumns(new SQLException("Duplicate entry 'ada' for key 'ux_a'", "23000"))).isEmpty();
        assertThat(ErrorTranslation.keyColumns(null)).isEmpty();
    }
}
