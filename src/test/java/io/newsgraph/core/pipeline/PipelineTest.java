package io.newsgraph.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

/**
 * The stages run in their order, each once the one before it hands the exchange on; a stage that answers ends the walk,
 * and its answer goes back through the stages before it, which may look at it on its way.
 */
class PipelineTest {

    private static final Answer.Complete ANSWER = Answer.Complete.of(Buffer.buffer("{\"data\":{}}"));

    private final List<String> ran = new ArrayList<>();

    @Test
    void eachStageSeesWhatTheOnesBeforeItLearned() {
        GraphQLRequest request = GraphQLRequest.of("{ tags { totalCount } }", null, null, null);
        Pipeline pipeline = new Pipeline(List.of(
                passing("read", exchange -> exchange.request(request)),
                (exchange, chain) -> {
                    ran.add("answer " + exchange.request().query());
                    return Uni.createFrom().item(ANSWER);
                }));

        assertSame(ANSWER, answer(pipeline));
        assertEquals(List.of("read", "answer { tags { totalCount } }"), ran);
    }

    @Test
    void aStageThatAnswersEndsTheWalk() {
        Pipeline pipeline = new Pipeline(List.of(passing("first", exchange -> {
        }), (exchange, chain) -> Uni.createFrom().item(ANSWER), passing("never", exchange -> {
        })));

        answer(pipeline);

        assertEquals(List.of("first"), ran);
    }

    @Test
    void theAnswerGoesBackThroughTheStagesBefore() {
        Pipeline pipeline = new Pipeline(List.of(
                (exchange, chain) -> chain.next(exchange).map(answer -> new Answer.NotModified((Answer.Complete) answer)),
                (exchange, chain) -> Uni.createFrom().item(ANSWER)));

        Answer.NotModified answer = assertInstanceOf(Answer.NotModified.class, answer(pipeline));
        assertSame(ANSWER, answer.answer());
    }

    @Test
    void nothingRunsUntilTheAnswerIsAskedFor() {
        Pipeline pipeline = new Pipeline(List.of(passing("first", exchange -> {
        }), (exchange, chain) -> Uni.createFrom().item(ANSWER)));
        Uni<Answer> answer = pipeline.answer(exchange());

        assertTrue(ran.isEmpty());
        answer.await().indefinitely();
        assertEquals(List.of("first"), ran);
    }

    @Test
    void aRequestThatPassesTheLastStageFails() {
        Pipeline pipeline = new Pipeline(List.of(passing("only", exchange -> {
        })));

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> answer(pipeline));
        assertTrue(failure.getMessage().contains("the last stage answers"), failure.getMessage());
    }

    @Test
    void aStageThatThrowsFailsTheAnswer() {
        Pipeline pipeline = new Pipeline(List.of((exchange, chain) -> {
            throw new IllegalArgumentException("broken");
        }));

        assertThrows(IllegalArgumentException.class, () -> answer(pipeline));
    }

    private Stage passing(String name, Consumer<Exchange> learn) {
        return (exchange, chain) -> {
            ran.add(name);
            learn.accept(exchange);
            return chain.next(exchange);
        };
    }

    private static Answer answer(Pipeline pipeline) {
        return pipeline.answer(exchange()).await().indefinitely();
    }

    private static Exchange exchange() {
        return new Exchange(null, null, new Requester.Reader(), Optional.empty());
    }
}
