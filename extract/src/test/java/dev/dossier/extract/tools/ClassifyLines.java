package dev.dossier.extract.tools;

import dev.dossier.extract.text.FrontMatter;
import dev.dossier.extract.text.JunkKind;
import dev.dossier.extract.text.JunkLexicon;
import dev.dossier.extract.text.Line;
import dev.dossier.extract.text.LineZones;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints each line of a text file with the junk kind the zones give it: {@code ClassifyLines FILE}. */
public final class ClassifyLines {
    private ClassifyLines() {}

    public static void main(String[] args) throws Exception {
        List<Line> lines = Line.split(FrontMatter.parse(Files.readString(Path.of(args[0]))).rest());
        JunkKind[] kinds = LineZones.classify(lines, JunkLexicon.standard());
        for (int i = 0; i < kinds.length; i++) {
            String t = lines.get(i).text();
            System.out.printf("%3d %-10s %s%n", lines.get(i).block(), kinds[i] == null ? "" : kinds[i],
                    t.length() > 90 ? t.substring(0, 90) : t);
        }
    }
}
