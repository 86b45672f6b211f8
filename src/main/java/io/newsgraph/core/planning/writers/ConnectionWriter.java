package io.newsgraph.core.planning.writers;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;

import io.newsgraph.core.json.RawJsonReader;
import io.newsgraph.core.pagination.PageRequest;

/**
 * A Relay connection, from one slot: {@code [rows fetched, part slots...]}. The statement fetches one row
 * more than the page (that is how it knows whether more follow), in the order of the list; this writer
 * leaves that row out and works out {@code pageInfo}'s flags from the count, as the resolvers' slices do.
 */
public final class ConnectionWriter implements ValueWriter {

    private final int binding;
    private final List<Part> parts;

    public ConnectionWriter(int binding, List<Part> parts) {
        this.binding = binding;
        this.parts = List.copyOf(parts);
    }

    /** One field of the connection object. */
    public interface Part {
        String key();

        void write(RawJsonReader in, JsonGenerator out, Page page, PlanBindings bindings) throws IOException;
    }

    /** The page the request asked for and how many rows the statement fetched for it. */
    record Page(PageRequest request, int fetched) {

        boolean more() {
            return fetched > request.size();
        }

        boolean hasNextPage() {
            return request.backward() ? request.hasCursor() : more();
        }

        boolean hasPreviousPage() {
            return request.backward() ? more() : request.hasCursor();
        }

        /** The rows at the start of the fetched list that are not on the page: the extra row of a backward page. */
        int skippedFirst() {
            return request.backward() ? Math.max(0, fetched - request.size()) : 0;
        }

        int shown() {
            return Math.min(fetched, request.size());
        }
    }

    @Override
    public void write(RawJsonReader in, JsonGenerator out, PlanBindings bindings) throws IOException {
        ObjectWriter.expect(in.nextToken(), JsonToken.START_ARRAY);
        in.nextToken();
        Page page = new Page(bindings.page(binding).request(), in.getIntValue());
        out.writeStartObject();
        for (Part part : parts) {
            out.writeFieldName(part.key());
            part.write(in, out, page, bindings);
        }
        out.writeEndObject();
        ObjectWriter.expect(in.nextToken(), JsonToken.END_ARRAY);
    }

    /** A part that is one plain value, such as {@code totalCount} or {@code __typename}. */
    public record ValuePart(String key, ValueWriter writer) implements Part {
        @Override
        public void write(RawJsonReader in, JsonGenerator out, Page page, PlanBindings bindings) throws IOException {
            writer.write(in, out, bindings);
        }
    }

    /** {@code edges}: an array of edge slot arrays in the list's order, the page's rows among them. */
    public record EdgesPart(String key, ObjectWriter edge) implements Part {
        @Override
        public void write(RawJsonReader in, JsonGenerator out, Page page, PlanBindings bindings) throws IOException {
            ObjectWriter.expect(in.nextToken(), JsonToken.START_ARRAY);
            out.writeStartArray();
            int index = 0;
            int first = page.skippedFirst();
            int last = first + page.shown();
            while (in.nextToken() == JsonToken.START_ARRAY) {
                if (index >= first && index < last) {
                    edge.writeFields(in, out, bindings);
                    ObjectWriter.expect(in.nextToken(), JsonToken.END_ARRAY);
                } else {
                    in.skipChildren();
                }
                index++;
            }
            out.writeEndArray();
        }
    }

    /** {@code pageInfo}: its flags come from the page; its cursors, when asked for, from one slot. */
    public record PageInfoPart(String key, List<PageInfoField> fields) implements Part {

        public enum Kind {
            HAS_NEXT_PAGE,
            HAS_PREVIOUS_PAGE,
            START_CURSOR,
            END_CURSOR,
            TYPE_NAME
        }

        /** @param writer for the cursors and the type name */
        public record PageInfoField(String key, Kind kind, ValueWriter writer) {
        }

        public boolean readsSlot() {
            return fields.stream().anyMatch(field -> field.kind() == Kind.START_CURSOR || field.kind() == Kind.END_CURSOR);
        }

        @Override
        public void write(RawJsonReader in, JsonGenerator out, Page page, PlanBindings bindings) throws IOException {
            boolean slot = readsSlot();
            if (slot) {
                ObjectWriter.expect(in.nextToken(), JsonToken.START_ARRAY);
            }
            out.writeStartObject();
            for (PageInfoField field : fields) {
                out.writeFieldName(field.key());
                switch (field.kind()) {
                    case HAS_NEXT_PAGE -> out.writeBoolean(page.hasNextPage());
                    case HAS_PREVIOUS_PAGE -> out.writeBoolean(page.hasPreviousPage());
                    default -> field.writer().write(in, out, bindings);
                }
            }
            out.writeEndObject();
            if (slot) {
                ObjectWriter.expect(in.nextToken(), JsonToken.END_ARRAY);
            }
        }
    }
}
