package io.newsgraph.core.planning.compiler;

import java.io.Serial;

/**
 * Why an operation, or one request of it, is left to the resolvers: a field the read model does not know, or
 * arguments the plan was not compiled for. Carries no stack trace: it is a decision, not a failure.
 */
public final class NotPlannable extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    NotPlannable(String reason) {
        super(reason, null, false, false);
    }
}
