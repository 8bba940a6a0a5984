package dev.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * First pass over a page: removes what is never article text — scripts, styles, forms' controls,
 * navigation, asides, figures — and elements whose class or id names page furniture (comments,
 * share bars, related links, newsletter boxes, ads), unless the name also says it is content.
 */
final class Pruner {
    static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "iframe", "object",
            "embed", "canvas", "button", "select", "input", "textarea", "nav", "aside", "figure", "figcaption", "picture",
            "video", "audio", "map", "dialog", "link", "meta");
    /** Class or id tokens naming furniture: a token that is one of these or starts with one and "-" or "_". */
    static final Set<String> FURNITURE = Set.of("ad", "ads", "advert", "advertisement", "banner", "breadcrumb",
            "breadcrumbs", "combx", "comment", "comments", "commentlist", "community", "disqus", "gdpr", "cookie",
            "consent", "footer", "menu", "navbar", "related", "recirc", "recommend", "recommended", "recommendations",
            "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "share", "sharing", "sharebar",
            "sponsor", "sponsored", "promo", "newsletter", "subscribe", "subscription", "signup", "popup", "modal",
            "pagination", "pager", "outbrain", "taboola", "tags", "tag-list", "author-bio", "bio", "byline", "dateline",
            "timestamp", "caption", "credit", "toolbar", "most-popular", "trending", "read-more", "readmore",
            "more-stories", "jump", "visually-hidden", "sr-only");
    static final Pattern CONTENT = Pattern.compile(
            "(article|entry|post|story|main|page)[-_]?(body|content|text)|(^|\\s)(content|main-content|article)(\\s|$)");

    private Pruner() {}

    static void prune(Element root) {
        List<Element> never = new ArrayList<>();
        List<Element> furniture = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (NEVER_TEXT.contains(e.normalName())) {
                never.add(e);
                continue;
            }
            if (e == root || e.nameIs("body") || e.nameIs("html") || e.nameIs("main") || e.nameIs("article")) {
                continue;
            }
            String cls = e.attr("class");
            String id = e.attr("id");
            String names = cls.isEmpty() && id.isEmpty() ? "" : (cls + " " + id).toLowerCase(java.util.Locale.ROOT);
            if (!names.isEmpty() && furniture(names) && !CONTENT.matcher(names).find() || hidden(e)) {
                furniture.add(e);
            }
        }
        for (Element e : never) {
            e.remove();
        }
        int pageChars = chars(root);
        for (Element e : furniture) {
            // A "furniture" name on the element that holds most of the page is a layout wrapper.
            if (e.parent() != null && chars(e) * 2 < pageChars) {
                e.remove();
            }
        }
    }

    /** True when one of the class or id tokens starts with a furniture word ("sidebar", "share-bar"). */
    static boolean furniture(String names) {
        int start = 0;
        while (start < names.length()) {
            int end = names.indexOf(' ', start);
            end = end < 0 ? names.length() : end;
            if (end > start && furnitureToken(names.substring(start, end))) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean furnitureToken(String token) {
        for (int i = 0; i <= token.length(); i++) {
            if ((i == token.length() || token.charAt(i) == '-' || token.charAt(i) == '_')
                    && FURNITURE.contains(token.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /** Non-space characters of text under {@code e}, without building the text. */
    static int chars(Element e) {
        int[] n = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    n[0] += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
                }
            }
        }, e);
        return n[0];
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && style.replace(" ", "").contains("display:none");
    }
}
