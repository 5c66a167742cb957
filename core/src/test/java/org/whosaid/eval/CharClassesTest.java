package org.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharClassesTest {

    @Test
    void pythonSpaceIncludesNoBreakSpacesAndSeparators() {
        for (int cp : new int[] {' ', '\t', '\n', 0x0B, 0x0C, '\r', 0x1C, 0x1F, 0x85, 0xA0, 0x2007, 0x202F, 0x3000}) {
            assertTrue(CharClasses.isSpace(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'a', '_', 0x200B, 0xFEFF, '.'}) {
            assertFalse(CharClasses.isSpace(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void pythonWordTakesNumbersButNotMarks() {
        assertTrue(CharClasses.isWord('é'));
        assertTrue(CharClasses.isWord('_'));
        assertTrue(CharClasses.isWord(0xBD)); // ½, a numeric character
        assertTrue(CharClasses.isWord(0x4E00));
        assertFalse(CharClasses.isWord(0x0301)); // combining acute accent
        assertFalse(CharClasses.isWord('\u2019'));
    }

    @Test
    void splitsOnRunsOfPythonSpace() {
        assertEquals(
                List.of("Attribution:T1", "Source:T2", "Content2:T5"),
                CharClasses.split("  Attribution:T1\u00a0 Source:T2\tContent2:T5 "));
        assertEquals(List.of(), CharClasses.split(" \t"));
    }

    /** Every code point Java knows: the same class as Python's {@code \w}, {@code \s} and {@code str.isspace}. */
    @Test
    void agreesWithPythonOnEveryAssignedCharacter() throws Exception {
        String classes = ReferenceScorer.python("import re,sys\n"
                + "W=re.compile(r'\\w');S=re.compile(r'\\s')\n"
                + "sys.stdout.write(''.join(('w' if W.match(chr(c)) else '')+('s' if S.match(chr(c)) else '')"
                + "+('i' if chr(c).isspace() else '')+'.' for c in range(0x110000)))\n");
        String[] byCodePoint = classes.split("\\.", -1);
        List<String> differ = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            if (Character.getType(cp) == Character.UNASSIGNED) {
                continue; // assigned in Python's newer Unicode only
            }
            String java = (CharClasses.isWord(cp) ? "w" : "") + (CharClasses.isSpace(cp) ? "si" : "");
            if (!java.equals(byCodePoint[cp])) {
                differ.add(Integer.toHexString(cp) + " java=" + java + " python=" + byCodePoint[cp]);
            }
        }
        assertEquals(List.of(), differ.subList(0, Math.min(20, differ.size())));
    }
}
