// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

/** An e-mail address {@link EmailAddresses#validateEmail} refuses; the message says why, without the address. */
public class InvalidEmailException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A refusal for {@code reason}. */
    public InvalidEmailException(String reason) {
        super(reason);
    }
}
