package dev.dossier.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds the article, after Readability: every paragraph of some length
 * scores for its parent, grandparent and (less) further ancestors by its commas and length; each
 * ancestor starts from a weight for its tag and class; scores are cut by link density. The best
 * element, with the siblings that look like more of the same, is the article.
 */
final class ContentScorer {
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|"
            + "comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|"
            + "share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget");
    private static final int MIN_PARAGRAPH = 25;
    private static final int TOP_CANDIDATES = 5;
    private static final Set<String> DIVS = Set.of("div", "section", "article", "main", "span", "font", "center");

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private Map<Element, int[]> textAndLinkChars = Map.of();
    private Set<Element> holdBlocks = Set.of();

    /** The elements that hold the article, in page order; empty when nothing scores. */
    static List<Element> article(Element body) {
        return new ContentScorer().find(body);
    }

    private List<Element> find(Element body) {
        textAndLinkChars = countChars(body);
        holdBlocks = withBlockDescendants(body);
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
                score(e, e.text(), e.parent());
            } else if (DIVS.contains(tag)) {
                if (!holdBlocks.contains(e)) {
                    score(e, e.text(), e.parent());
                } else {
                    score(e, e.ownText(), e);
                }
            }
        }
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            entry.setValue(entry.getValue() * (1 - linkDensity(entry.getKey())));
        }
        List<Element> ranked = new ArrayList<>(scores.keySet());
        ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        if (ranked.isEmpty() || scores.get(ranked.get(0)) <= 0) {
            return List.of();
        }
        Element top = ranked.get(0);
        double topScore = scores.get(top);
        top = sharedAncestor(top, topScore, ranked, body);
        top = climb(top, scores.getOrDefault(top, topScore), body);
        return withSiblings(top, scores.getOrDefault(top, topScore));
    }

    /** Elements that have a block element somewhere below them; the others read as one paragraph. */
    private static Set<Element> withBlockDescendants(Element root) {
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.parent() != null
                        && (Blocks.BLOCK_TAGS.contains(e.normalName()) && !e.nameIs("br") || holders.contains(e))) {
                    holders.add(e.parent());
                }
            }
        }, root);
        return holders;
    }

    private void score(Element paragraph, String text, Element first) {
        if (text.length() < MIN_PARAGRAPH) {
            return;
        }
        double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3.0);
        Element ancestor = first;
        for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
            if (ancestor.nameIs("body") || ancestor.nameIs("html")) {
                break;
            }
            double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            Double old = scores.get(ancestor);
            scores.put(ancestor, (old == null ? initial(ancestor) : old) + share);
        }
    }

    /**
     * When three or more of the next best candidates score close to the best one, the article is
     * split into pieces: their closest common ancestor with the best one holds it all.
     */
    private Element sharedAncestor(Element top, double topScore, List<Element> ranked, Element body) {
        List<Element> close = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (scores.get(ranked.get(i)) >= topScore * 0.75) {
                close.add(ranked.get(i));
            }
        }
        if (close.size() < 3) {
            return top;
        }
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            int inside = 0;
            for (Element c : close) {
                inside += c.parents().contains(parent) ? 1 : 0;
            }
            if (inside >= 3) {
                return parent;
            }
        }
        return top;
    }

    private Element climb(Element top, double topScore, Element body) {
        double last = topScore;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < topScore / 3) {
                break;
            }
            if (score > last) {
                return parent;
            }
            last = score;
        }
        return top;
    }

    private List<Element> withSiblings(Element top, double topScore) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || belongs(sibling, top, threshold)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private boolean belongs(Element sibling, Element top, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? threshold : 0;
        if (scores.getOrDefault(sibling, 0.0) + bonus >= threshold) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return DIVS.contains(sibling.normalName()) && !holdBlocks.contains(sibling) && proseBlock(sibling);
        }
        String text = sibling.text();
        double density = linkDensity(sibling);
        return text.length() > 80 && density < 0.25
                || text.length() > 0 && density == 0 && text.matches("(?s).*[.!?]\\s*$");
    }

    /** A div that is one paragraph of running text: more of the article split across wrappers. */
    private boolean proseBlock(Element div) {
        String text = div.text();
        return linkDensity(div) < 0.25 && dev.dossier.extract.text.Texts.wordCount(text) >= 10
                && dev.dossier.extract.text.Texts.endsSentence(text);
    }

    private static double initial(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        // Semantic markup that says "this is the article".
        score += e.attr("itemprop").equalsIgnoreCase("articleBody") ? 25 : 0;
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.length() > 1) {
            score += NEGATIVE.matcher(names).find() ? -25 : 0;
            score += POSITIVE.matcher(names).find() ? 25 : 0;
        }
        return score;
    }

    private double linkDensity(Element e) {
        int[] counts = textAndLinkChars.get(e);
        return counts == null || counts[0] == 0 ? 0 : counts[1] / (double) counts[0];
    }

    /** Characters of text and of link text under every element, summed in one pass from the leaves up. */
    private static Map<Element, int[]> countChars(Element root) {
        Map<Element, int[]> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    int chars = t.text().strip().length();
                    int[] c = counts.computeIfAbsent(parent, k -> new int[2]);
                    c[0] += chars;
                    c[1] += parent.nameIs("a") ? chars : 0;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.parent() != null && node != root) {
                    int[] own = counts.get(e);
                    if (own != null) {
                        int[] up = counts.computeIfAbsent(e.parent(), k -> new int[2]);
                        up[0] += own[0];
                        up[1] += e.nameIs("a") ? own[0] : own[1];
                    }
                }
            }
        }, root);
        return counts;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c == ',' || c == '，' || c == '、' || c == '،' ? 1 : 0;
        }
        return n;
    }
}
