package io.newsgraph.core.error;

import java.io.Serial;

/** What a mutation acts on does not exist, or not for this requester. */
public class NotFoundException extends ApiException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.NOT_FOUND;
    }
}
