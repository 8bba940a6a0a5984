package dev.dossier.report.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The SIPRI register reader under coverage-guided fuzzing: any text either reads as rows or
 * fails with {@link RegisterFormatException} naming the file and line; nothing else is thrown,
 * and no input takes longer than {@value #MAX_MILLIS_PER_INPUT} ms. {@code mvn test} replays the
 * kept inputs under {@code SipriRegisterFuzzTestInputs/register/}; {@code eval/fuzz.sh} fuzzes.
 */
class SipriRegisterFuzzTest {
    static final long MAX_MILLIS_PER_INPUT = 5_000;

    @FuzzTest(maxDuration = "30s")
    void register(byte[] bytes) {
        long start = System.nanoTime();
        try {
            SipriRegister.parse("fuzz.csv", SipriRegister.decode(bytes));
        } catch (RegisterFormatException e) {
            assertTrue(e.getMessage().startsWith("fuzz.csv:"), e.getMessage());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis <= MAX_MILLIS_PER_INPUT, "took " + millis + " ms for " + bytes.length + " bytes");
    }
}
