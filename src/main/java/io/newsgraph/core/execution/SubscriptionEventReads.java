package io.newsgraph.core.execution;

import org.dataloader.DataLoader;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;

/**
 * Resolves each event of a subscription afresh. A subscription keeps the batch loaders of its operation for as long
 * as it lasts, and they remember what they loaded by key: without this, the second new comment on an article would
 * show the comment count the first one read, and the loaders would hold every row a long subscription ever read.
 */
class SubscriptionEventReads extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        parameters.getExecutionContext().getDataLoaderRegistry().getDataLoaders().forEach(DataLoader::clearAll);
        return SimpleInstrumentationContext.noOp();
    }
}
