// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.hibernatepack.audit.AuditSettings;
import dev.hibernatepack.mixins.spi.SettingValues;

/** How {@code @Sensitive} values appear in the audit trail: masked, hashed with a key, or omitted. */
public final class SensitiveValues {

    /** The three modes of {@link AuditSettings#SENSITIVE_VALUES}. */
    public enum Mode { MASK, HASH, OMIT }

    private static final String HMAC = "HmacSHA256";
    private static final int MIN_KEY_LENGTH = 16;

    private final Mode mode;
    private final SecretKeySpec key;

    private SensitiveValues(Mode mode, SecretKeySpec key) {
        this.mode = mode;
        this.key = key;
    }

    /**
     * Reads {@link AuditSettings#SENSITIVE_VALUES} and, for {@code hash}, the key; a refused key is
     * shown by its length only.
     */
    static SensitiveValues of(SettingValues values, Map<?, ?> settings) {
        Mode mode = values.choice(AuditSettings.SENSITIVE_VALUES, Mode.class, Mode.MASK);
        if (mode != Mode.HASH) {
            return new SensitiveValues(mode, null);
        }
        Object keySetting = settings.get(AuditSettings.HASH_KEY);
        // Read as given, never trimmed: white space is part of a secret.
        String key = keySetting == null ? "" : keySetting.toString();
        if (key.length() < MIN_KEY_LENGTH || key.isBlank()) {
            throw values.refuse(AuditSettings.HASH_KEY, keySetting == null ? null : "(" + key.length() + " characters)",
                    "a secret of at least " + MIN_KEY_LENGTH + " characters, not blank, required by "
                            + AuditSettings.SENSITIVE_VALUES + "=hash");
        }
        return new SensitiveValues(mode, new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), HMAC));
    }

    Mode mode() {
        return mode;
    }

    /** The keyed hash of a value's text form: equal values give equal hashes, and the value cannot be read back. */
    String hash(Object value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return "hmac-sha256:" + HexFormat.of().formatHex(mac.doFinal(value.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
