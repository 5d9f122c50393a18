// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.net.IDN;
import java.util.Locale;
import java.util.Objects;

/**
 * A stricter e-mail check than Bean Validation's {@code @Email}, for addresses the application will
 * send mail to: one {@code @}, a dot-atom local part (no quoted strings, comments or IP literals), a
 * domain with at least two labels and an alphabetic top-level label, the lengths RFC 5321 allows
 * (64 before the {@code @}, 254 in all). Internationalised domains are accepted and given back in
 * their ASCII form.
 *
 * <pre>{@code
 * user.setEmail(EmailAddresses.validateEmail(form.email()));   // "ada@example.org", or InvalidEmailException
 * }</pre>
 *
 * As a Bean Validation constraint: {@link StrictEmail}.
 */
public final class EmailAddresses {

    /** The longest address a mail server must accept (RFC 5321, path length minus the brackets). */
    public static final int MAX_LENGTH = 254;

    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

    private EmailAddresses() {
    }

    /**
     * The address, trimmed, with its domain in lower-case ASCII ({@code Ada@Bücher.example} →
     * {@code Ada@xn--bcher-kva.example}); the local part is kept as given.
     *
     * @throws InvalidEmailException naming what is wrong; the message never repeats the address
     */
    public static String validateEmail(String address) {
        String reason = problem(address);
        if (reason != null) {
            throw new InvalidEmailException(reason);
        }
        String trimmed = address.trim();
        int at = trimmed.indexOf('@');
        return trimmed.substring(0, at + 1) + asciiDomain(trimmed.substring(at + 1));
    }

    /** Whether {@link #validateEmail} accepts {@code address}; false for null. */
    public static boolean isValid(String address) {
        return problem(address) == null;
    }

    /** What is wrong with {@code address}, or null when nothing is. Never contains the address. */
    private static String problem(String address) {
        if (address == null || address.isBlank()) {
            return "The e-mail address is empty";
        }
        String trimmed = address.trim();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return "The e-mail address contains a space or an invisible character";
            }
        }
        int at = trimmed.indexOf('@');
        if (at < 0 || at != trimmed.lastIndexOf('@')) {
            return "The e-mail address must contain exactly one @";
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1);
        String localProblem = localPartProblem(local);
        if (localProblem != null) {
            return localProblem;
        }
        String ascii;
        try {
            ascii = asciiDomain(domain);
        } catch (IllegalArgumentException e) {
            return "The part after @ is not a valid domain name";
        }
        String domainProblem = domainProblem(ascii);
        if (domainProblem != null) {
            return domainProblem;
        }
        if (local.length() + 1 + ascii.length() > MAX_LENGTH) {
            return "The e-mail address is longer than " + MAX_LENGTH + " characters";
        }
        return null;
    }

    private static String localPartProblem(String local) {
        if (local.isEmpty()) {
            return "The part before @ is empty";
        }
        if (local.length() > MAX_LOCAL_PART) {
            return "The part before @ is longer than " + MAX_LOCAL_PART + " characters";
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return "The part before @ must not start or end with a dot, nor have two dots in a row";
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || LOCAL_SPECIALS.indexOf(c) >= 0;
            if (!allowed) {
                return "The part before @ may hold only letters a-z, digits, dots and the symbols RFC 5322 allows"
                        + " (no quotes, spaces, commas or accents)";
            }
        }
        return null;
    }

    private static String domainProblem(String domain) {
        if (domain.isEmpty()) {
            return "The part after @ is empty";
        }
        if (domain.length() > MAX_LENGTH - 2) {
            return "The domain is longer than " + (MAX_LENGTH - 2) + " characters";
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return "The domain needs at least two parts, such as example.org";
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                return "The domain must not start or end with a dot, nor have two dots in a row";
            }
            if (label.length() > MAX_LABEL) {
                return "A part of the domain is longer than " + MAX_LABEL + " characters";
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return "A part of the domain starts or ends with a hyphen";
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                    return "The domain may hold only letters, digits and hyphens";
                }
            }
        }
        String top = labels[labels.length - 1];
        if (!top.startsWith("xn--") && !top.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return "The last part of the domain must be letters, such as org (an IP address is not accepted)";
        }
        if (top.length() < 2) {
            return "The last part of the domain must have at least two letters";
        }
        return null;
    }

    private static String asciiDomain(String domain) {
        return IDN.toASCII(Objects.requireNonNull(domain), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    }
}
