package dev.dossier.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.Sentence;
import dev.dossier.model.Token;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {
    private static final Abbreviations ABBREVIATIONS = Abbreviations.standard();
    private static final Tokenizer TOKENIZER = new Tokenizer(ABBREVIATIONS);
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(ABBREVIATIONS);

    private static String tokens(String text) {
        return String.join(" | ", TOKENIZER.tokenize(text).stream().map(t -> t.span().of(text)).toList());
    }

    private static List<String> sentences(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        return SPLITTER.split(text, tokens).stream().map(Sentence::span).map(s -> s.of(text)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Turkey bought the S-400 and Su-35S jets.; Turkey | bought | the | S-400 | and | Su-35S | jets | .",
        "MQ-9B, F-16 Block 70 and K2 Black Panther; MQ-9B | , | F-16 | Block | 70 | and | K2 | Black | Panther",
        "the U.S. paid $2.5 billion (US$3.4bn); the | U.S. | paid | $ | 2.5 | billion | ( | US | $ | 3.4 | bn | )",
        "Gen. Smith met Nov. 12 at No. 10; Gen. | Smith | met | Nov. | 12 | at | No. | 10",
        "Russia’s 12,000 tanks; Russia | ’s | 12,000 | tanks",
        "the F/A-18 and J. Smith; the | F/A-18 | and | J. | Smith",
        "€890m for 1.200 millones; € | 890 | m | for | 1.200 | millones",
        "भारत 36 लड़ाकू विमान खरीदेगा; भारत | 36 | लड़ाकू | विमान | खरीदेगा",
    })
    void keepsNewsUnitsWhole(String text, String expected) {
        assertEquals(expected, tokens(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "He said: “It is signed.” Then he left.; He said: “It is signed.” | Then he left.",
        "Gen. Smith arrived. The U.S. Army agreed.; Gen. Smith arrived. | The U.S. Army agreed.",
        "Sanctions hit the U.S. The talks stalled.; Sanctions hit the U.S. | The talks stalled.",
        "It cost 2.5 million. “Too much,” he said.; It cost 2.5 million. | “Too much,” he said.",
        "ANKARA, Nov. 3 (Reuters) - Turkey said no.; ANKARA, Nov. 3 (Reuters) - Turkey said no.",
        "“Why?” he asked. No. 5 left.; “Why?” he asked. | No. 5 left.",
        "He met the U.K.'s envoy. Talks ended.; He met the U.K.'s envoy. | Talks ended.",
        "It sold 40 Textron Corp (TXT.N) jets to Peru. Talks ended.; It sold 40 Textron Corp (TXT.N) jets to Peru. | Talks ended.",
        "韓國向波蘭出售坦克。首批已交付！何時完成？; 韓國向波蘭出售坦克。 | 首批已交付！ | 何時完成？",
        "他說：「合約已簽署。」國防部證實。; 他說：「合約已簽署。」 | 國防部證實。",
    })
    void splitsSentencesKeepingClosingQuotes(String text, String expected) {
        assertEquals(expected, String.join(" | ", sentences(text)));
    }

    @org.junit.jupiter.api.Test
    void aLineBreakEndsASentenceAndOffsetsPointIntoTheBody() {
        String text = "Headline Without Period\n\nFirst line.";
        assertEquals(List.of("Headline Without Period", "First line."), sentences(text));
        TOKENIZER.tokenize(text).forEach(t -> assertEquals(t.span().of(text).strip(), t.span().of(text)));
    }
}
