package dev.dossier.group.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns an article into a planted copy the way reprints differ: the tail or some paragraphs
 * dropped (at least 60% kept), about one word in a hundred changed, a name respelled, countries
 * written another way, British and US spelling swapped, another outlet's boilerplate added.
 */
final class CopyEditor {
    /** British → US and US → British, word by word. */
    private static final java.util.List<java.util.Map<String, String>> SPELLING_SWAPS = java.util.List.of(
            swaps(0), swaps(1));

    private final Vocabulary vocabulary;
    private final CorpusGenerator.Event event;
    private final SplittableRandom random;

    CopyEditor(Vocabulary vocabulary, CorpusGenerator.Event event, SplittableRandom random) {
        this.vocabulary = vocabulary;
        this.event = event;
        this.random = random;
    }

    private static java.util.Map<String, String> swaps(int from) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String[] pair : Variants.SPELLING) {
            map.put(pair[from], pair[1 - from]);
            map.put(Vocabulary.capitalised(pair[from]), Vocabulary.capitalised(pair[1 - from]));
        }
        return java.util.Map.copyOf(map);
    }

    List<String> edit(List<String> original) {
        List<String> paragraphs = keep(original);
        java.util.Map<String, String> spelling = random.nextBoolean() ? SPELLING_SWAPS.get(random.nextInt(2)) : java.util.Map.of();
        paragraphs.replaceAll(p -> editWords(p, spelling));
        String text = String.join("\n\n", paragraphs);
        if (random.nextBoolean()) {
            String surname = Article.Writer.surname(event.people[random.nextInt(event.people.length)]);
            text = text.replace(surname, respelled(surname));
        }
        if (random.nextBoolean()) {
            for (String[] forms : Variants.COUNTRIES) {
                text = text.replace(forms[0], forms[1]);
            }
        }
        List<String> out = new ArrayList<>(List.of(text.split("\n\n")));
        if (random.nextBoolean()) {
            addBoilerplate(out);
        }
        return out;
    }

    private List<String> keep(List<String> original) {
        int n = original.size();
        int minimum = (int) Math.ceil(n * 0.6);
        if (random.nextBoolean()) {
            return new ArrayList<>(original.subList(0, minimum + random.nextInt(n - minimum + 1)));
        }
        double drop = new double[] {0, 0.15, 0.3}[random.nextInt(3)];
        List<String> kept = new ArrayList<>(List.of(original.get(0)));
        for (int i = 1; i < n; i++) {
            if (random.nextDouble() >= drop || kept.size() + (n - i) <= minimum) {
                kept.add(original.get(i));
            }
        }
        return kept;
    }

    /** Changes about one word in a hundred, drops one in two hundred, and swaps spellings by {@code spelling}. */
    private String editWords(String paragraph, java.util.Map<String, String> spelling) {
        String[] words = paragraph.split(" ");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            double r = random.nextDouble();
            if (r < 0.005) {
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(r < 0.015 ? vocabulary.content(random) : swapped(w, spelling));
        }
        return b.toString();
    }

    private static String swapped(String token, java.util.Map<String, String> spelling) {
        int end = token.length();
        while (end > 0 && !Character.isLetter(token.charAt(end - 1))) {
            end--;
        }
        String swap = spelling.get(token.substring(0, end));
        return swap == null ? token : swap + token.substring(end);
    }

    /** The same name as a transliteration might give it: one vowel changed or one consonant doubled. */
    private String respelled(String name) {
        StringBuilder b = new StringBuilder(name);
        for (int i = 1; i < b.length(); i++) {
            char c = b.charAt(i);
            if ("aeiou".indexOf(c) >= 0) {
                b.setCharAt(i, c == 'i' ? 'y' : c == 'u' ? 'o' : 'e' == c ? 'a' : 'e');
                return b.toString();
            }
        }
        return name + name.charAt(name.length() - 1);
    }

    private void addBoilerplate(List<String> paragraphs) {
        String outlet = Vocabulary.capitalised(Vocabulary.word(random, 2)) + " " + (random.nextBoolean() ? "Times" : "News");
        paragraphs.add(0, "By " + Vocabulary.capitalised(Vocabulary.word(random, 2)) + " | " + outlet);
        StringBuilder more = new StringBuilder("Read more:");
        for (int i = 0; i < 6 + random.nextInt(5); i++) {
            more.append(' ').append(vocabulary.content(random));
        }
        paragraphs.add(more.toString());
        paragraphs.add("Copyright " + outlet + " " + (2000 + random.nextInt(26)) + ". All rights reserved.");
    }
}
