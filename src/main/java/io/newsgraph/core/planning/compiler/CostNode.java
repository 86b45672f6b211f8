package io.newsgraph.core.planning.compiler;

import java.util.List;

import io.newsgraph.core.documents.OperationCost;
import io.newsgraph.core.planning.writers.PlanBindings;

/**
 * A field of a planned operation as its cost sees it ({@link OperationCost}, the formula the resolvers' guard uses):
 * the page a request's bindings give a connection, and the fields under it.
 *
 * @param pageBinding the binding of a connection's page, or -1 for a field that is not paged
 */
public record CostNode(int pageBinding, List<CostNode> children) {

    /** The cost of the children alone: an operation's cost is that of its top-level fields. */
    public long childrenCost(PlanBindings bindings) {
        return OperationCost.of(children,
                node -> node.pageBinding < 0 ? 1 : bindings.page(node.pageBinding).request().size(), CostNode::children);
    }
}
