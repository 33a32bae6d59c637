package id.kinerjaflow.org;

/**
 * The kind of position (jabatan) an employee holds. It decides who appraises whom (domain.md,
 * "Who rates whom"): JPT are appraised by the Kepala Daerah, outside the system.
 */
public enum JabatanType {
    JPT_UTAMA("JPT Utama"),
    JPT_MADYA("JPT Madya"),
    JPT_PRATAMA("JPT Pratama"),
    ADMINISTRATOR("Administrator"),
    PENGAWAS("Pengawas"),
    PELAKSANA("Pelaksana"),
    FUNGSIONAL_AHLI_PERTAMA("Fungsional Ahli Pertama"),
    FUNGSIONAL_AHLI_MUDA("Fungsional Ahli Muda"),
    FUNGSIONAL_AHLI_MADYA("Fungsional Ahli Madya"),
    FUNGSIONAL_AHLI_UTAMA("Fungsional Ahli Utama"),
    FUNGSIONAL_PEMULA("Fungsional Pemula"),
    FUNGSIONAL_TERAMPIL("Fungsional Terampil"),
    FUNGSIONAL_MAHIR("Fungsional Mahir"),
    FUNGSIONAL_PENYELIA("Fungsional Penyelia");

    private final String label;

    JabatanType(String label) {
        this.label = label;
    }

    /** Jabatan Pimpinan Tinggi (Utama, Madya or Pratama). */
    public boolean isJpt() {
        return this == JPT_UTAMA || this == JPT_MADYA || this == JPT_PRATAMA;
    }

    /** The Indonesian display label, e.g. "JPT Pratama" or "Fungsional Ahli Muda". */
    public String label() {
        return label;
    }
}
