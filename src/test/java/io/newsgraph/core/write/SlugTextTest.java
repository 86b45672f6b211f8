package io.newsgraph.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Au Sahel, Washington redessine sa présence militaire | au-sahel-washington-redessine-sa-presence-militaire",
            "Élections à Bamako : « ce qui change » | elections-a-bamako-ce-qui-change",
            "Straße, Æsir, Œuvre, Øresund, Łódź, Þór | strasse-aesir-oeuvre-oresund-lodz-thor",
            "  --AFRICOM’s 2026 plan--  | africom-s-2026-plan",
            "ﬁnal Ｆｕｌｌ-width | final-full-width",
            "Новости | ''",
            "北京 | ''" })
    void foldsAccentsAndJoinsWordsWithHyphens(String title, String slug) {
        assertEquals(slug, SlugText.of(title));
    }

    @ParameterizedTest
    @CsvSource({ "120", "400" })
    void leavesRoomForASuffix(int length) {
        String slug = SlugText.of("word ".repeat(length / 5));
        assertTrue(slug.length() <= SlugText.MAX_BASE_LENGTH);
        assertTrue(!slug.endsWith("-"));
    }
}
