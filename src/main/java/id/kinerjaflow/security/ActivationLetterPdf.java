package id.kinerjaflow.security;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.kinerjaflow.base.Messages;
import id.kinerjaflow.base.OrganisationSettings;
import org.springframework.stereotype.Component;

/**
 * The activation letters of a unit as one PDF (OpenPDF), one page per person, in Indonesian (the
 * language of official letters): the organisation's name and logo, the person's name, NIP and
 * unit, the one-time code, until when it works, and the steps to activate the account.
 */
@Component
public class ActivationLetterPdf {

    private final OrganisationSettings settings;

    ActivationLetterPdf(OrganisationSettings settings) {
        this.settings = settings;
    }

    /** The letters as PDF; {@code activationUrl} is the address of the page {@code aktivasi}. */
    public byte[] render(List<AccountService.Letter> letters, String activationUrl) {
        Locale id = Messages.INDONESIAN;
        ZoneId zone = settings.timeZone().zone();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", id).withZone(zone);
        String organisation = settings.text(OrganisationSettings.NAME).orElse(Messages.translate("app.name", id));
        Image logo = logo();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font code = FontFactory.getFont(FontFactory.COURIER_BOLD, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(Messages.translate("letter.title", id));
            doc.open();
            if (letters.isEmpty()) {
                doc.add(new Paragraph(Messages.translate("letter.none", id), normal));
            }
            boolean first = true;
            for (AccountService.Letter l : letters) {
                if (!first) {
                    doc.newPage();
                }
                first = false;
                if (logo != null) {
                    doc.add(logo);
                }
                Paragraph org = new Paragraph(organisation, heading);
                org.setAlignment(Element.ALIGN_CENTER);
                doc.add(org);
                Paragraph title = new Paragraph(Messages.translate("letter.title", id), bold);
                title.setAlignment(Element.ALIGN_CENTER);
                title.setSpacingAfter(18);
                doc.add(title);

                PdfPTable who = new PdfPTable(new float[]{1, 3});
                who.setWidthPercentage(100);
                row(who, Messages.translate("letter.name", id), l.name(), bold, normal);
                row(who, Messages.translate("letter.nip", id), l.nip(), bold, normal);
                row(who, Messages.translate("letter.unit", id), l.unitName(), bold, normal);
                row(who, Messages.translate("letter.username", id), l.username(), bold, normal);
                who.setSpacingAfter(18);
                doc.add(who);

                doc.add(new Paragraph(Messages.translate("letter.codeIntro", id), normal));
                Paragraph c = new Paragraph(l.code(), code);
                c.setAlignment(Element.ALIGN_CENTER);
                c.setSpacingBefore(10);
                c.setSpacingAfter(10);
                doc.add(c);
                doc.add(new Paragraph(Messages.translate("letter.expires", id, date.format(l.expires())), bold));

                Paragraph steps = new Paragraph(Messages.translate("letter.steps", id, activationUrl,
                        PasswordPolicy.MIN_LENGTH), normal);
                steps.setSpacingBefore(14);
                doc.add(steps);
                Paragraph keep = new Paragraph(Messages.translate("letter.keep", id), normal);
                keep.setSpacingBefore(14);
                doc.add(keep);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The activation letters could not be written", e);
        }
        return out.toByteArray();
    }

    private Image logo() {
        return settings.binary(OrganisationSettings.LOGO).map(bytes -> {
            try {
                Image image = Image.getInstance(bytes);
                image.scaleToFit(64, 64);
                image.setAlignment(Element.ALIGN_CENTER);
                return image;
            } catch (Exception e) {
                return null;
            }
        }).orElse(null);
    }

    private static void row(PdfPTable table, String label, String value, Font bold, Font normal) {
        PdfPCell l = new PdfPCell(new Paragraph(label, bold));
        l.setBorder(0);
        l.setPaddingBottom(4);
        PdfPCell v = new PdfPCell(new Paragraph(value == null ? "" : value, normal));
        v.setBorder(0);
        v.setPaddingBottom(4);
        table.addCell(l);
        table.addCell(v);
    }
}
