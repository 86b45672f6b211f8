package io.newsgraph.testing;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/** The value of one series of the service's Prometheus metrics, read from {@code /q/metrics}. */
public final class PrometheusMetrics {

    private PrometheusMetrics() {
    }

    /**
     * The value of the series {@code name} with these tags (name/value pairs; it may have others); 0 when there is
     * none, as for a counter that has not counted yet.
     */
    public static double value(String name, String... tags) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                String series = line.substring(0, line.lastIndexOf(' '));
                boolean tagged = true;
                for (int i = 0; i < tags.length; i += 2) {
                    tagged &= series.contains(tags[i] + "=\"" + tags[i + 1] + "\"");
                }
                if (tagged) {
                    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        if (tags.length % 2 != 0) {
            throw new IllegalArgumentException("Tags come in name/value pairs: " + Arrays.toString(tags));
        }
        return 0;
    }
}
