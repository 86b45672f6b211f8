package io.newsgraph.testing;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many read operations each path answered, from the service's own Prometheus metrics. */
public final class ReadPathMetrics {

    private static final Pattern COUNT = Pattern.compile("graphql_reads_total\\{path=\"(\\w+)\"} ([0-9.E]+)");

    private ReadPathMetrics() {
    }

    /** The read operations answered so far by {@code path}: {@code planned} or {@code resolvers}. */
    public static long answeredBy(String path) {
        Matcher matcher = COUNT.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        while (matcher.find()) {
            if (matcher.group(1).equals(path)) {
                return (long) Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }
}
