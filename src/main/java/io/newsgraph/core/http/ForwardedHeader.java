package io.newsgraph.core.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header in which each proxy on the way appends the address it received the request from, and how to read the
 * hops it lists, first (the farthest) to last (the nearest). Several fields of the header are one list, in order
 * (RFC 9110, section 5.3).
 */
public enum ForwardedHeader {

    /** {@code X-Forwarded-For: 203.0.113.7, 198.51.100.2}: what nginx, HAProxy and most load balancers write. */
    X_FORWARDED_FOR("X-Forwarded-For") {
        @Override
        List<String> hops(String field) {
            List<String> hops = new ArrayList<>();
            for (String hop : field.split(",", -1)) {
                hops.add(hop.strip());
            }
            return hops;
        }
    },

    /**
     * RFC 7239's {@code Forwarded: for=203.0.113.7;proto=https, for="[2001:db8::1]:4711"}: each element's {@code for}
     * parameter, quoted or not; an element without one is a hop that names no address.
     */
    FORWARDED("Forwarded") {
        @Override
        List<String> hops(String field) {
            List<String> hops = new ArrayList<>();
            for (String element : split(field, ',')) {
                String node = "";
                for (String pair : split(element, ';')) {
                    int equals = pair.indexOf('=');
                    if (equals > 0 && pair.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("for")) {
                        node = unquote(pair.substring(equals + 1).strip());
                    }
                }
                hops.add(node);
            }
            return hops;
        }
    };

    private final String name;

    ForwardedHeader(String name) {
        this.name = name;
    }

    /** The header's name. */
    public String headerName() {
        return name;
    }

    /** The hops the fields of the header list, in the order of the fields. */
    List<String> hops(List<String> fields) {
        List<String> hops = new ArrayList<>();
        for (String field : fields) {
            hops.addAll(hops(field));
        }
        return hops;
    }

    /** The hops one field lists, each as written (a node: an address, with or without a port, or another token). */
    abstract List<String> hops(String field);

    /** The parts of a field between the separators that are not inside a quoted string. */
    private static List<String> split(String field, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (quoted && c == '\\' && i + 1 < field.length()) {
                part.append(c).append(field.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        StringBuilder unquoted = new StringBuilder();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() - 1) {
                c = value.charAt(++i);
            }
            unquoted.append(c);
        }
        return unquoted.toString();
    }
}
