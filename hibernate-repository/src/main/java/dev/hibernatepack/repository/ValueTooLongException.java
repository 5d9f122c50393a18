// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

/** A text or binary value was longer than its column allows (SQL state 22001). */
public final class ValueTooLongException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    public ValueTooLongException(String message, Throwable cause) {
        super(message, cause);
    }
}
