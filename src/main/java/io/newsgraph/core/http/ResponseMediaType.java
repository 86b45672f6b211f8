package io.newsgraph.core.http;

import java.util.List;
import java.util.Optional;

import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

/** The media types the endpoint answers with, as the GraphQL over HTTP specification describes them. */
public enum ResponseMediaType {

    /** Its status code says how the request went: 400 when it failed as a whole. */
    GRAPHQL_RESPONSE_JSON("application", "graphql-response+json"),
    /** 200 for every GraphQL response, which is what clients of this older type expect. */
    JSON("application", "json");

    private static final String WILDCARD = "*";

    private final String type;
    private final String subtype;

    ResponseMediaType(String type, String subtype) {
        this.type = type;
        this.subtype = subtype;
    }

    /** The value of the Content-Type header. */
    public String contentType() {
        return type + "/" + subtype + "; charset=utf-8";
    }

    /**
     * The status code of a GraphQL response without a {@code data} entry: the request failed as a whole, before or
     * while it was executed. (A response with data, null included, is 200 in both media types.)
     */
    int failedStatus() {
        return this == GRAPHQL_RESPONSE_JSON ? 400 : 200;
    }

    /**
     * The media type negotiated for the request's Accept header; {@code application/json} for a request refused
     * because none of its types is acceptable.
     */
    static ResponseMediaType of(RoutingContext context) {
        return negotiate(context.parsedHeaders().accept()).orElse(JSON);
    }

    /**
     * The media type to answer with: the first acceptable one of the client's ranges, which Vert.x sorted by
     * quality, then by how specific they are; {@code application/json} when there are none; empty when none of
     * them is acceptable.
     */
    static Optional<ResponseMediaType> negotiate(List<MIMEHeader> accepted) {
        if (accepted.isEmpty()) {
            return Optional.of(JSON);
        }
        for (MIMEHeader range : accepted) {
            if (range.weight() <= 0) {
                continue;
            }
            String rangeType = range.component().trim();
            String rangeSubtype = range.subComponent().trim();
            for (ResponseMediaType mediaType : values()) {
                if (mediaType.type.equalsIgnoreCase(rangeType) && mediaType.subtype.equalsIgnoreCase(rangeSubtype)) {
                    return Optional.of(mediaType);
                }
            }
            if (rangeSubtype.equals(WILDCARD) && (rangeType.equals(WILDCARD) || rangeType.equalsIgnoreCase(JSON.type))) {
                return Optional.of(JSON);
            }
        }
        return Optional.empty();
    }
}
