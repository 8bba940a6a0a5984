package dev.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * First pass over a page: removes what is never article text — scripts, styles, forms' controls,
 * navigation, asides, figures — and elements whose class or id names page furniture (comments,
 * share bars, related links, newsletter boxes, ads), unless the name also says it is content.
 */
final class Pruner {
    static final String NEVER_TEXT = "script,style,noscript,template,svg,iframe,object,embed,canvas,button,select,"
            + "input,textarea,nav,aside,figure,figcaption,picture,video,audio,map,dialog,link,meta";
    static final Pattern FURNITURE = Pattern.compile("^(ad|ads|advert|advertisement|banner|breadcrumbs?|"
            + "combx|comments?|commentlist|community|disqus|gdpr|cookie|consent|footer|menu|navbar|related|recirc|"
            + "recommend(ed|ations)?|remark|replies|rss|shoutbox|sidebar|skyscraper|social|share|sharing|sharebar|"
            + "sponsor(ed)?|promo|newsletter|subscribe|subscription|signup|popup|modal|pagination|pager|"
            + "outbrain|taboola|tags|tag-list|author-bio|bio|byline|dateline|timestamp|caption|credit|toolbar|"
            + "most-popular|trending|read-more|readmore|more-stories|jump|visually-hidden|sr-only)([-_].*)?$");
    static final Pattern CONTENT = Pattern.compile(
            "(article|entry|post|story|main|page)[-_]?(body|content|text)|(^|\\s)(content|main-content|article)(\\s|$)");

    private Pruner() {}

    static void prune(Element root) {
        root.select(NEVER_TEXT).remove();
        List<Element> furniture = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root || e.nameIs("body") || e.nameIs("html") || e.nameIs("main") || e.nameIs("article")) {
                continue;
            }
            String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
            if (names.length() > 1 && furniture(names) && !CONTENT.matcher(names).find() || hidden(e)) {
                furniture.add(e);
            }
        }
        int pageChars = root.text().length();
        for (Element e : furniture) {
            // A "furniture" name on the element that holds most of the page is a layout wrapper.
            if (e.parent() != null && e.text().length() * 2 < pageChars) {
                e.remove();
            }
        }
    }

    /** True when one of the class or id tokens starts with a furniture word ("sidebar", "share-bar"). */
    static boolean furniture(String names) {
        for (String token : names.split("\\s+")) {
            if (!token.isEmpty() && FURNITURE.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && style.replace(" ", "").contains("display:none");
    }
}
