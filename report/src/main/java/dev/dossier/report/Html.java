package dev.dossier.report;

import java.util.Locale;

/** Escaping for HTML text, attributes and inline SVG: every string from an article goes through here. */
final class Html {
    private Html() {}

    /** {@code & < > " '} as entities; control characters other than tab and newline dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= ' ' || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A link only for http(s) addresses; anything else (javascript:, data:) is shown as text. */
    static String link(String url, String label) {
        String scheme = url.strip().toLowerCase(Locale.ROOT);
        if (scheme.startsWith("http://") || scheme.startsWith("https://")) {
            return "<a href=\"" + escape(url.strip()) + "\" rel=\"noopener noreferrer\">" + escape(label) + "</a>";
        }
        return escape(label);
    }

    /** A token safe for a class name or id fragment: letters, digits and '-'. */
    static String token(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }
}
