package io.newsgraph.core.planning;

import java.util.List;

import io.newsgraph.core.documents.Saturating;

/**
 * The weighted cost of a planned operation, with the same formula as the resolvers' check (OperationCost): a
 * field costs 1 plus its children's cost times the page it asks for.
 *
 * @param pageBinding the binding of a connection's page, or -1 for a field that is not paged
 */
record CostNode(int pageBinding, List<CostNode> children) {

    long cost(PlanBindings bindings) {
        long page = pageBinding < 0 ? 1 : bindings.page(pageBinding).request().size();
        return Saturating.sum(1, Saturating.product(page, childrenCost(bindings)));
    }

    /** The cost of the children alone: an operation's cost is that of its top-level fields. */
    long childrenCost(PlanBindings bindings) {
        long sum = 0;
        for (CostNode child : children) {
            sum = Saturating.sum(sum, child.cost(bindings));
        }
        return sum;
    }
}
