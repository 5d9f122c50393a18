// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password as an entity stores it: a slow salted hash in a self-describing form, never the
 * password. PBKDF2-HMAC-SHA256 from the JDK with OWASP's current 600,000 iterations, a 16-byte
 * random salt and a 32-byte hash, written as {@code $pbkdf2-sha256$i=600000$<salt>$<hash>}
 * (base64), so the parameters can be raised later: a stored hash with fewer iterations is
 * re-hashed on the next successful check. Mapped to a {@code varchar} column with no annotation
 * (the mixins module contributes the type); {@link #toString()} shows the parameters only.
 *
 * <pre>{@code
 * @Sensitive private Password password;
 *
 * public void setPassword(char[] raw) { password = Password.hash(raw); }          // raw is wiped
 *
 * public boolean checkPassword(char[] raw) {
 *     Password.Check check = password.check(raw);                                // raw is wiped
 *     check.upgraded().ifPresent(stronger -> password = stronger);               // saved with the entity
 *     return check.matches();
 * }
 * }</pre>
 */
public final class Password {

    /** The iterations new hashes get: OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023). */
    public static final int DEFAULT_ITERATIONS = 600_000;

    /** The fewest iterations {@link #hash(char[], int)} accepts; below {@link #DEFAULT_ITERATIONS} only for tests. */
    public static final int MIN_ITERATIONS = 1_000;

    private static final String ALGORITHM = "pbkdf2-sha256";
    private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private Password(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** The hash of {@code password} with a new salt and {@link #DEFAULT_ITERATIONS}; the array is wiped. */
    public static Password hash(char[] password) {
        return hash(password, DEFAULT_ITERATIONS);
    }

    /**
     * The hash of {@code password} with a new salt and {@code iterations}; the array is wiped.
     * Fewer than {@link #DEFAULT_ITERATIONS} is for tests: such a hash {@linkplain #needsRehash() needs a re-hash}.
     *
     * @throws IllegalArgumentException when the password is empty or {@code iterations} is below {@link #MIN_ITERATIONS}
     */
    public static Password hash(char[] password, int iterations) {
        Objects.requireNonNull(password, "password must not be null");
        try {
            if (password.length == 0) {
                throw new IllegalArgumentException("The password is empty; a password needs at least one character");
            }
            if (iterations < MIN_ITERATIONS) {
                throw new IllegalArgumentException("iterations " + iterations + " is too few: at least " + MIN_ITERATIONS
                        + " (" + DEFAULT_ITERATIONS + " outside tests)");
            }
            byte[] salt = new byte[SALT_BYTES];
            RANDOM.nextBytes(salt);
            return new Password(iterations, salt, derive(password, salt, iterations));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Reads the stored form, {@code $pbkdf2-sha256$i=<iterations>$<salt>$<hash>}.
     *
     * @throws IllegalArgumentException when {@code encoded} is not in that form; the message never repeats it
     */
    public static Password parse(String encoded) {
        Objects.requireNonNull(encoded, "encoded must not be null");
        String[] parts = encoded.split("\\$", -1);
        String expected = "a stored password must read $" + ALGORITHM + "$i=<iterations>$<salt>$<hash> (base64)";
        if (parts.length != 5 || !parts[0].isEmpty() || !parts[1].equals(ALGORITHM) || !parts[2].startsWith("i=")) {
            throw new IllegalArgumentException("Not a stored password: " + expected);
        }
        try {
            int iterations = Integer.parseInt(parts[2].substring(2));
            byte[] salt = Base64.getDecoder().decode(parts[3]);
            byte[] hash = Base64.getDecoder().decode(parts[4]);
            if (iterations < 1 || salt.length < 8 || hash.length < 16) {
                throw new IllegalArgumentException("Not a stored password: " + expected);
            }
            return new Password(iterations, salt, hash);
        } catch (IllegalArgumentException e) { // NumberFormatException and bad base64 included
            throw new IllegalArgumentException("Not a stored password: " + expected);
        }
    }

    /**
     * Checks {@code password} against this hash in constant time, then wipes the array. When it
     * matches and this hash has fewer than {@link #DEFAULT_ITERATIONS}, the check also carries a new
     * hash with the current parameters, made while the password was still at hand.
     */
    public Check check(char[] password) {
        Objects.requireNonNull(password, "password must not be null");
        try {
            boolean matches = MessageDigest.isEqual(hash, derive(password, salt, iterations));
            Password upgraded = matches && needsRehash() ? hash(password.clone(), DEFAULT_ITERATIONS) : null;
            return new Check(matches, Optional.ofNullable(upgraded));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Whether this hash was made with weaker parameters than new hashes get. */
    public boolean needsRehash() {
        return iterations < DEFAULT_ITERATIONS;
    }

    /** The iterations this hash was made with. */
    public int iterations() {
        return iterations;
    }

    /** The stored form, {@code $pbkdf2-sha256$i=<iterations>$<salt>$<hash>}. */
    public String encoded() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$" + ALGORITHM + "$i=" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** The outcome of {@link #check}: whether the password matched, and a stronger hash to store when one is due. */
    public record Check(boolean matches, Optional<Password> upgraded) {
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(JCA_ALGORITHM).generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(JCA_ALGORITHM + " is part of every Java 17+ runtime, but this one lacks it", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Same parameters, salt and hash. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Password that && iterations == that.iterations && Arrays.equals(salt, that.salt)
                && MessageDigest.isEqual(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * iterations + Arrays.hashCode(salt);
    }

    /** The parameters only: {@code Password[pbkdf2-sha256, 600000 iterations]}; never the salt or hash. */
    @Override
    public String toString() {
        return "Password[" + ALGORITHM + ", " + iterations + " iterations]";
    }
}
