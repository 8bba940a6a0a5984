package dev.dossier.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web UI's files keep two promises: nothing is loaded from elsewhere (no CDN, no fonts from
 * the web), and no markup is ever built from strings (article text reaches the page as text).
 */
class WebAssetsTest {
    private static final List<String> FILES = List.of("index.html", "app.js", "app.css");

    @Test
    void loadsNothingFromElsewhere() {
        Pattern external = Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//|@import|url\\(\\s*[\"']?(https?:)?//");
        for (String file : FILES) {
            Matcher m = external.matcher(read(file));
            assertFalse(m.find(), file + " loads from elsewhere: " + (m.hitEnd() ? "" : m.group()));
        }
    }

    @Test
    void buildsNoMarkupFromStrings() {
        Pattern sinks = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function");
        Matcher m = sinks.matcher(read("app.js"));
        assertFalse(m.find(), "app.js uses an HTML sink: " + (m.hitEnd() ? "" : m.group()));
    }

    @Test
    void theServerSendsAStrictContentSecurityPolicy() {
        assertEquals(true, DossierServer.CSP.contains("script-src 'self'") && !DossierServer.CSP.contains("unsafe"));
    }

    @Test
    void theUiPluralisesWithTheReportsListOfInvariableNouns() throws java.io.IOException {
        List<String> report;
        try (var in = WebAssetsTest.class.getResourceAsStream("/dev/dossier/report/invariable-nouns.txt")) {
            report = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().toList();
        }
        Matcher list = Pattern.compile("const INVARIABLE_NOUNS = \\[([^\\]]*)\\]").matcher(read("app.js"));
        assertTrue(list.find(), "app.js has no INVARIABLE_NOUNS list");
        List<String> ui = Pattern.compile("'([^']+)'").matcher(list.group(1)).results().map(m -> m.group(1))
                .sorted().toList();
        assertEquals(report, ui);
    }

    private static String read(String file) {
        return new String(ApiRoutes.resource("/dev/dossier/app/web/" + file), StandardCharsets.UTF_8);
    }
}
