package io.newsgraph.core.documents;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.pipeline.PreparedDocument;

/**
 * Turns query text into a document graphql-java can execute: parsed within the token limit, measured
 * against the {@link QueryLimits}, then validated against the schema. The outcome, good or bad, is cached,
 * bounded by an estimate of the bytes it takes ({@link DocumentsConfig}), so the documents a frontend sends
 * again and again are prepared once, and a flood of distinct documents cannot fill the heap. Requests that
 * bring the same new document at the same time prepare it once. Where only trusted documents run, graphql-java gets
 * no other one from here, whatever the way it came ({@link PrepareDocument} refuses them before, over HTTP and
 * WebSocket).
 */
@ApplicationScoped
public class PreparedDocuments implements PreparsedDocumentProvider {

    private final Cache<String, PreparedDocument> documents;
    private final QueryLimits limits;
    private final DocumentLimits documentLimits;
    private final Instance<GraphQLSchema> schema;
    private final TrustedDocuments trusted;

    PreparedDocuments(DocumentsConfig config, QueryLimits limits, Instance<GraphQLSchema> schema,
            TrustedDocuments trusted) {
        this.documents = Caffeine.newBuilder()
                .maximumWeight(config.cacheMaxBytes().asLongValue())
                .weigher((String query, PreparedDocument document) -> document.weight())
                // evictions run on the thread that adds a document, so that a flood of them cannot outrun evictions
                .executor(Runnable::run)
                .build();
        this.limits = limits;
        this.documentLimits = new DocumentLimits(limits);
        this.schema = schema;
        this.trusted = trusted;
    }

    public ParserOptions parserOptions() {
        return ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(limits.maxTokens())
                .maxWhitespaceTokens(limits.maxTokens() * 10));
    }

    /** The prepared document, or the errors that keep the query from being executed. */
    public PreparedDocument prepare(String query) {
        return documents.get(query, text -> PreparedDocument.of(text, parseCheckAndValidate(text)));
    }

    /** As {@link #prepare}, saying whether the document was in the cache already (for the operation's trace). */
    public PreparedDocument.Lookup lookUp(String query) {
        PreparedDocument cached = documents.getIfPresent(query);
        return cached != null ? new PreparedDocument.Lookup(cached, true)
                : new PreparedDocument.Lookup(prepare(query), false);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = executionInput.getQuery();
        if (!trusted.allows(query)) {
            return CompletableFuture.completedFuture(
                    new PreparsedDocumentEntry(ApiErrors.of(ErrorCode.DOCUMENT_NOT_TRUSTED, TrustedDocuments.REFUSAL)));
        }
        return CompletableFuture.completedFuture(prepare(query).entry());
    }

    /** What the cache holds, by its estimate in bytes. */
    long weightedSize() {
        return documents.policy().eviction().orElseThrow().weightedSize().orElseThrow();
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
            List<GraphQLError> errors = invalid.stream().map(error -> ApiErrors.shape(error, null, false)).toList();
            return new PreparsedDocumentEntry(document, errors);
        }
        return new PreparsedDocumentEntry(document);
    }
}
