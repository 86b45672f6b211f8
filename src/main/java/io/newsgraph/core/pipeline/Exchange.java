package io.newsgraph.core.pipeline;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

import io.newsgraph.core.cache.tracking.Reads;
import io.opentelemetry.api.trace.Span;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.vertx.UniHelper;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * One GraphQL request over HTTP on its way through the {@link Pipeline}: what the stages learn of it, each in its turn,
 * for the stages after them. The request ({@link #request}), then its prepared document ({@link #document}), the span
 * of its operation ({@link #span}), who sends it ({@link #requester}), where its reads are recorded ({@link #reads}) and
 * which path answered it ({@link #readPath}). The stages run one after the other, so what one sets the next sees.
 */
public final class Exchange {

    private final RoutingContext http;
    private final Context context;
    private final Optional<String> readPathAskedFor;
    private GraphQLRequest request;
    private PreparedDocument.Lookup document;
    private Requester requester;
    private Span span;
    private Reads reads = Reads.IGNORED;
    private ReadPath readPath;
    private Answer.Complete kept;
    private boolean outdated;

    /**
     * @param readPathAskedFor the {@value ReadPath#HEADER} header of the request, where the tests may choose the read
     *        path; empty otherwise
     */
    public Exchange(RoutingContext http, Optional<String> readPathAskedFor) {
        this(http, Vertx.currentContext(), Requester.of(http.request()), readPathAskedFor);
    }

    Exchange(RoutingContext http, Context context, Requester requester, Optional<String> readPathAskedFor) {
        this.http = http;
        this.context = context;
        this.requester = requester;
        this.readPathAskedFor = readPathAskedFor;
    }

    /** The HTTP request and its response, which only {@code io.newsgraph.core.http.AnswerWriter} writes. */
    public RoutingContext http() {
        return http;
    }

    /**
     * Runs blocking work (SQL, the resolvers) on a worker thread, in no order, so that one slow request holds up no
     * other. It runs in a Vert.x context of its own: what it makes current there (the operation's span, a request
     * context) stays its own, whatever the request's event loop does with its context meanwhile.
     */
    public <T> Uni<T> blocking(Callable<T> work) {
        return UniHelper.toUni(VertxContext.createNewDuplicatedContext(context).executeBlocking(work, false));
    }

    /** Runs what follows on the request's context, after something another thread completed. */
    public Executor onContext() {
        return task -> context.runOnContext(ignored -> task.run());
    }

    /** The request, once read; with the text of its document once the documents' stage found it. */
    public GraphQLRequest request() {
        return request;
    }

    public void request(GraphQLRequest read) {
        this.request = read;
    }

    /** The request's document, prepared and found runnable. */
    public PreparedDocument document() {
        return document.document();
    }

    /** Whether the document was prepared already, for an earlier request, rather than for this one. */
    public boolean documentCached() {
        return document.cached();
    }

    public void document(PreparedDocument.Lookup prepared) {
        this.document = prepared;
    }

    public Requester requester() {
        return requester;
    }

    public void requester(Requester authenticated) {
        this.requester = authenticated;
    }

    /**
     * The span of the request's operation, once started, for the stages that note how they answered and that run SQL
     * under it; null for a request refused before it.
     */
    public Span span() {
        return span;
    }

    public void span(Span started) {
        this.span = started;
    }

    /** Where the read paths record what the request reads: nowhere unless someone keeps its answer. */
    public Reads reads() {
        return reads;
    }

    public void recordReadsInto(Reads recording) {
        this.reads = recording;
    }

    /** The path that answered the request's read operation; empty for other operations and refusals. */
    public Optional<ReadPath> readPath() {
        return Optional.ofNullable(readPath);
    }

    public void answeredBy(ReadPath path) {
        this.readPath = path;
    }

    /** The {@value ReadPath#HEADER} header the tests that compare both paths send; empty everywhere else. */
    public Optional<String> readPathAskedFor() {
        return readPathAskedFor;
    }

    /** The answer the response cache holds for the request, when a conditional GET looked it up before the cache. */
    public Optional<Answer.Complete> kept() {
        return Optional.ofNullable(kept);
    }

    public void kept(Answer.Complete found) {
        this.kept = found;
    }

    /**
     * Whether a change to what the answer read arrived while it was computed, so that it may be older than the change:
     * it is answered, but no cache (the browser's, a CDN's) may keep it.
     */
    public boolean isOutdated() {
        return outdated;
    }

    public void markOutdated() {
        this.outdated = true;
    }
}
