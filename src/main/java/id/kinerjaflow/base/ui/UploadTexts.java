package id.kinerjaflow.base.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.UploadI18N;

/** The texts of Vaadin's upload in the user's language, for every form that takes files. */
public final class UploadTexts {

    private static final long MB = 1024L * 1024;

    private UploadTexts() {
    }

    /** @param wrongType what to say about a file of a type that is not taken (it names the types that are) */
    public static UploadI18N of(long maxFileBytes, String wrongType) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("upload.add")).setMany(t("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("upload.drop")).setMany(t("upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t("upload.tooMany"))
                .setFileIsTooBig(t("upload.tooBig", maxFileBytes / MB))
                .setIncorrectFileType(wrongType));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t("upload.connecting"))
                        .setStalled(t("upload.stalled")).setProcessing(t("upload.processing"))
                        .setHeld(t("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t("upload.remaining"))
                        .setUnknown(t("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t("upload.serverError"))
                        .setUnexpectedServerError(t("upload.serverError"))
                        .setForbidden(t("upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
