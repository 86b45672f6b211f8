package io.newsgraph.testing.differential;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What one operation has decided so far, which its later choices must respect. */
final class OperationContext {

    private final CaseGroup group;
    private final Set<String> features = new TreeSet<>();
    /**
     * The arguments of each nested field, by coordinate: nested lists load in one batch per field, so the
     * resolvers refuse one nested field asked for with different arguments (outside the divergent group).
     */
    private final Map<String, ArgumentChooser.Choice> nestedArguments = new HashMap<>();
    private final Set<String> reservedCoordinates = new HashSet<>();
    private final Map<String, List<Selection>> selectionsByType = new HashMap<>();
    private final int maxDepth;
    private int fieldBudget;
    private int aliases;

    private InvalidArgument invalid;
    private boolean forceInvalid;
    private List<String> invalidSite;
    private boolean divergentPending;

    OperationContext(CaseGroup group, int maxDepth, int fieldBudget) {
        this.group = group;
        this.maxDepth = maxDepth;
        this.fieldBudget = fieldBudget;
    }

    CaseGroup group() {
        return group;
    }

    void feature(String feature) {
        features.add(feature);
    }

    Set<String> features() {
        return features;
    }

    int maxDepth() {
        return maxDepth;
    }

    /** Takes one field from the budget of fields the operation aims at. */
    void spendField() {
        fieldBudget--;
    }

    boolean hasFieldBudget() {
        return fieldBudget > 0;
    }

    String nextAlias() {
        aliases++;
        feature(Features.ALIAS);
        return "a" + aliases;
    }

    int aliases() {
        return aliases;
    }

    ArgumentChooser.Choice nestedArguments(String coordinate) {
        return nestedArguments.get(coordinate);
    }

    void rememberNestedArguments(String coordinate, ArgumentChooser.Choice choice) {
        nestedArguments.put(coordinate, choice);
    }

    /** A coordinate nothing else in the operation may ask for: the divergent pair's. */
    void reserve(String coordinate) {
        reservedCoordinates.add(coordinate);
    }

    /** Whether a field at this coordinate may still be asked for with arguments of its own. */
    boolean isFree(String coordinate) {
        return !reservedCoordinates.contains(coordinate) && !nestedArguments.containsKey(coordinate);
    }

    boolean isReserved(String coordinate) {
        return reservedCoordinates.contains(coordinate);
    }

    /** Selections built earlier in this operation, which a later place of the same type may take again. */
    List<Selection> selectionsOf(String typeName) {
        return selectionsByType.getOrDefault(typeName, List.of());
    }

    void rememberSelection(Selection selection) {
        selectionsByType.computeIfAbsent(selection.type().getName(), ignored -> new ArrayList<>()).add(selection);
    }

    /** Sharing selections would plant the invalid argument or the divergent pair twice. */
    boolean sharesSelections() {
        return group == CaseGroup.REGULAR;
    }

    void plantInvalid(InvalidArgument kind) {
        this.invalid = kind;
        feature(Features.invalid(kind));
    }

    InvalidArgument pendingInvalid() {
        return invalidSite == null ? invalid : null;
    }

    boolean forceInvalid() {
        return forceInvalid;
    }

    void forceInvalid(boolean force) {
        this.forceInvalid = force;
    }

    void invalidPlanted(List<String> site) {
        this.invalidSite = List.copyOf(site);
    }

    /** The response keys down to the field that carries the invalid argument; null when none was planted. */
    List<String> invalidSite() {
        return invalidSite;
    }

    void expectDivergentPair() {
        divergentPending = true;
    }

    boolean divergentPending() {
        return divergentPending;
    }

    void divergentPlaced() {
        divergentPending = false;
    }
}
