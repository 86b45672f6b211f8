package io.newsgraph.core.error;

/** What a mutation acts on does not exist, or not for this requester. */
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.NOT_FOUND;
    }
}
