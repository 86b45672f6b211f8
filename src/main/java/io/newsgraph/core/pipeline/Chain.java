package io.newsgraph.core.pipeline;

import java.util.List;

import io.smallrye.mutiny.Uni;

/** The stages after one stage, which {@link #next} hands the exchange to. */
public final class Chain {

    private final List<Stage> stages;
    private final int position;

    Chain(List<Stage> stages, int position) {
        this.stages = stages;
        this.position = position;
    }

    /**
     * The answer of the stages after this one. Nothing runs until the answer is subscribed to, so that the stages run
     * in their order, each once its predecessor is done.
     */
    public Uni<Answer> next(Exchange exchange) {
        if (position == stages.size()) {
            return Uni.createFrom().failure(new IllegalStateException("The last stage of the pipeline passed the request"
                    + " on: the last stage answers every request that reaches it."));
        }
        Stage stage = stages.get(position);
        Chain rest = new Chain(stages, position + 1);
        return Uni.createFrom().deferred(() -> stage.handle(exchange, rest));
    }
}
