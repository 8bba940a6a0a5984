package dev.dossier.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as text blocks the way a browser breaks lines: a block element (p, div,
 * li, h2, …) or a br ends the current block. Each block remembers how much of its text sits in
 * links and which tag holds it. jsoup's traversal is iterative, so deep nesting cannot overflow.
 */
final class Blocks {
    /** One rendered block: its text, the share of it inside links, and the tag that holds it. */
    record Block(String text, double linkDensity, String tag) {}

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
            "tr", "td", "th", "tbody", "thead", "form", "fieldset", "address", "center", "hr", "br", "figure",
            "details", "summary", "body", "html", "hgroup", "caption");

    private Blocks() {}

    static List<Block> of(Element root) {
        Renderer renderer = new Renderer();
        NodeTraversor.traverse(renderer, root);
        renderer.flush();
        return renderer.blocks;
    }

    private static final class Renderer implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final Deque<String> tags = new ArrayDeque<>();
        int linkChars;
        int inLink;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                linkChars += inLink > 0 ? s.strip().length() : 0;
            } else if (node instanceof Element e) {
                if (BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                    tags.push(e.normalName());
                }
                inLink += e.nameIs("a") ? 1 : 0;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                    tags.poll();
                }
                inLink -= e.nameIs("a") ? 1 : 0;
            }
        }

        void flush() {
            String squashed = squash(text);
            text.setLength(0);
            if (!squashed.isEmpty()) {
                double density = Math.min(1.0, linkChars / (double) squashed.length());
                blocks.add(new Block(squashed, density, tags.isEmpty() ? "p" : tags.peek()));
            }
            linkChars = 0;
        }
    }

    static String squash(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
