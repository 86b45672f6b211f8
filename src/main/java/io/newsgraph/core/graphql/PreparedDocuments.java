package io.newsgraph.core.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.newsgraph.core.error.ErrorCode;

/**
 * Turns query text into a document graphql-java can execute: parsed within the token limit, measured
 * against the {@link QueryLimits}, then validated against the schema. The outcome, good or bad, is kept
 * for the most recent distinct queries, so the documents a frontend sends again and again are prepared
 * once.
 */
@ApplicationScoped
class PreparedDocuments implements PreparsedDocumentProvider {

    private static final int CAPACITY = 1_000;

    private final Map<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > CAPACITY;
        }
    };
    private final QueryLimits limits;
    private final DocumentLimits documentLimits;
    private final Instance<GraphQLSchema> schema;

    PreparedDocuments(QueryLimits limits, Instance<GraphQLSchema> schema) {
        this.limits = limits;
        this.documentLimits = new DocumentLimits(limits);
        this.schema = schema;
    }

    ParserOptions parserOptions() {
        return ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(limits.maxTokens())
                .maxWhitespaceTokens(limits.maxTokens() * 10));
    }

    /** The prepared document, or the errors that keep the query from being executed. */
    PreparsedDocumentEntry prepare(String query) {
        PreparsedDocumentEntry entry;
        synchronized (entries) {
            entry = entries.get(query);
        }
        if (entry == null) {
            entry = parseCheckAndValidate(query);
            synchronized (entries) {
                entries.put(query, entry);
            }
        }
        return entry;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(prepare(executionInput.getQuery()));
    }

    private PreparsedDocumentEntry parseCheckAndValidate(String query) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions()).build());
        } catch (ParseCancelledTooDeepException e) {
            return new PreparsedDocumentEntry(ApiErrors.of(ErrorCode.QUERY_TOO_COMPLEX,
                    "The document nests more deeply than the parser allows."));
        } catch (ParseCancelledException e) {
            return new PreparsedDocumentEntry(ApiErrors.of(ErrorCode.QUERY_TOO_COMPLEX,
                    "The document has more than " + limits.maxTokens() + " tokens."));
        } catch (InvalidSyntaxException e) {
            return new PreparsedDocumentEntry(ApiErrors.of(ErrorCode.BAD_USER_INPUT, e.getMessage(), e.getLocation()));
        }
        Optional<ApiError> overLimit = documentLimits.check(document);
        if (overLimit.isPresent()) {
            return new PreparsedDocumentEntry(overLimit.get());
        }
        List<ValidationError> invalid = ParseAndValidate.validate(schema.get(), document);
        if (!invalid.isEmpty()) {
            List<GraphQLError> errors = invalid.stream().map(error -> ApiErrors.shape(error, null)).toList();
            return new PreparsedDocumentEntry(document, errors);
        }
        return new PreparsedDocumentEntry(document);
    }
}
