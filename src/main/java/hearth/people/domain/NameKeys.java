package hearth.people.domain;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;

/** Plain and phonetic forms of a name, for searching with spelling tolerance. */
public final class NameKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(6);
    }

    private NameKeys() {
    }

    /** Lower case, accents and punctuation removed: "O'Brien-Smith" becomes "obriensmith". */
    public static String plain(String name) {
        if (name == null) {
            return "";
        }
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The Double Metaphone primary key of the name, or its plain form when it has no sounds. */
    public static String key(String name) {
        String plain = plain(name);
        if (plain.isEmpty()) {
            return "";
        }
        String key = METAPHONE.doubleMetaphone(plain);
        return key == null || key.isEmpty() ? plain : key;
    }
}
