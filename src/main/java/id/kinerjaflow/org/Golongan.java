package id.kinerjaflow.org;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The grades (golongan) of civil servants: "I/a".."IV/e" with their pangkat for PNS, "I".."XVII"
 * for PPPK. Values are compared exactly as written here (case and slash included).
 */
public final class Golongan {

    private static final Map<String, String> PNS_PANGKAT = pnsPangkat();

    private static final List<String> PNS = List.copyOf(PNS_PANGKAT.keySet());

    private static final List<String> PPPK = List.of(
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII");

    private Golongan() {
    }

    private static Map<String, String> pnsPangkat() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("I/a", "Juru Muda");
        m.put("I/b", "Juru Muda Tingkat I");
        m.put("I/c", "Juru");
        m.put("I/d", "Juru Tingkat I");
        m.put("II/a", "Pengatur Muda");
        m.put("II/b", "Pengatur Muda Tingkat I");
        m.put("II/c", "Pengatur");
        m.put("II/d", "Pengatur Tingkat I");
        m.put("III/a", "Penata Muda");
        m.put("III/b", "Penata Muda Tingkat I");
        m.put("III/c", "Penata");
        m.put("III/d", "Penata Tingkat I");
        m.put("IV/a", "Pembina");
        m.put("IV/b", "Pembina Tingkat I");
        m.put("IV/c", "Pembina Utama Muda");
        m.put("IV/d", "Pembina Utama Madya");
        m.put("IV/e", "Pembina Utama");
        return m;
    }

    /** The grades of the given employment type, lowest first (unmodifiable). */
    public static List<String> valuesFor(EmploymentType type) {
        return switch (Objects.requireNonNull(type, "type")) {
            case PNS -> PNS;
            case PPPK -> PPPK;
        };
    }

    /** Whether the grade exists for the employment type; {@code null} never does. */
    public static boolean isValid(EmploymentType type, String golongan) {
        return golongan != null && valuesFor(type).contains(golongan);
    }

    /** The pangkat of a PNS grade, e.g. "III/a" gives "Penata Muda"; empty for anything else. */
    public static Optional<String> pangkat(String golongan) {
        return Optional.ofNullable(golongan).map(PNS_PANGKAT::get);
    }
}
