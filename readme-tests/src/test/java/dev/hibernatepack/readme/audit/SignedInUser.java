// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.audit;

import java.util.Optional;
import java.util.function.Supplier;

import dev.hibernatepack.audit.AuditContext;
import dev.hibernatepack.audit.spi.CurrentUserResolver;

/** The README's resolver for a Spring application: a scope opened in code first, else whoever the application signed in. */
public class SignedInUser implements CurrentUserResolver {

    private final Supplier<Optional<?>> signedIn;

    public SignedInUser(Supplier<Optional<?>> signedIn) {   // whatever reads your security context
        this.signedIn = signedIn;
    }

    @Override
    public Optional<Object> currentUser() {
        return AuditContext.currentUser().or(signedIn);    // a scope opened in code (a job, a test) comes first
    }
}
